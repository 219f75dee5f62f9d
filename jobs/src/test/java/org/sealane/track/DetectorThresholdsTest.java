package org.sealane.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.sealane.config.SealaneConfig;
import org.sealane.zones.Zone;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneKind;

class DetectorThresholdsTest {

    private static final String GULF_OF_ADEN =
            "{\"type\":\"FeatureCollection\",%s\"features\":[{\"type\":\"Feature\",\"properties\":"
                    + "{\"id\":\"gulf-of-aden\",\"kind\":\"patrol\",\"loiterMinutes\":45},"
                    + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                    + "[[[43,11],[51,11],[51,15],[43,15],[43,11]]]}}]}";

    private final DetectorThresholds configured =
            new DetectorThresholds(SealaneConfig.defaults().with("gap.elsewhere", "6h"));

    @Test
    void aCatalogueSettingReplacesTheConfiguredValueAndAZoneOverrideStillComesFirst()
            throws Exception {
        ZoneCatalogue catalogue =
                ZoneCatalogue.parse(
                        GULF_OF_ADEN.formatted(
                                "\"thresholds\":{\"gap.elsewhere\":\"2h\",\"loitering.duration\":"
                                        + "\"90m\",\"encounter.distance-m\":900},"),
                        "published");
        Zone aden = catalogue.zones().get(0);
        Zone elsewhere =
                new Zone(
                        "elsewhere",
                        null,
                        ZoneKind.WATCH,
                        new WKTReader().read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"),
                        List.of(),
                        Map.of());

        DetectorThresholds inForce = configured.forCatalogue(catalogue);

        assertThat(inForce.gapElsewhereMillis()).isEqualTo(2 * 3_600_000L);
        assertThat(inForce.loiterMillis(elsewhere)).isEqualTo(90 * 60_000L);
        assertThat(inForce.loiterMillis(aden)).isEqualTo(45 * 60_000L);
        assertThat(inForce.encounterMeters(null)).isEqualTo(900.0);
        assertThat(inForce.expiryMillis()).isEqualTo(configured.expiryMillis());
    }

    @Test
    void aCatalogueWithoutSettingsLeavesTheConfiguredThresholds() {
        ZoneCatalogue catalogue = ZoneCatalogue.parse(GULF_OF_ADEN.formatted(""), "published");

        assertThat(configured.forCatalogue(catalogue)).isSameAs(configured);
        assertThat(configured.gapElsewhereMillis()).isEqualTo(6 * 3_600_000L);
    }
}
