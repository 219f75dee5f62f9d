package org.sealane.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class ZoneIndexTest {

    private static final WKTReader WKT = new WKTReader(ZoneCatalogue.GEOMETRY);

    private static Zone zone(String id, String wkt) {
        try {
            Geometry area = Antimeridian.normalise(WKT.read(wkt));
            return new Zone(id, id, ZoneKind.WATCH, area, List.of(), Map.of());
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ZoneIndex index(Zone... zones) {
        return new ZoneIndex(ZoneCatalogue.of("test", List.of(zones)));
    }

    private static List<String> ids(List<Zone> zones) {
        return zones.stream().map(Zone::id).toList();
    }

    @Test
    void findsTheZonesAPositionIsIn() {
        ZoneIndex index =
                index(
                        zone(
                                "singapore-strait",
                                "POLYGON ((103.4 1.1, 104.4 1.1, 104.4 1.4, 103.4 1.4, 103.4 1.1))"),
                        zone("malacca-strait", "POLYGON ((98 1, 103.6 1, 103.6 6, 98 6, 98 1))"));

        assertThat(ids(index.zonesAt(1.25, 104.0))).containsExactly("singapore-strait");
        assertThat(ids(index.zonesAt(3.0, 100.5))).containsExactly("malacca-strait");
        assertThat(ids(index.zonesAt(1.2, 103.5)))
                .as("the overlap, in catalogue order")
                .containsExactly("singapore-strait", "malacca-strait");
        assertThat(index.zonesAt(10.0, 110.0)).isEmpty();
    }

    @Test
    void boundaryCountsAsInsideAndHolesAsOutside() {
        ZoneIndex index =
                index(
                        zone(
                                "anchorage-ring",
                                "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))"));

        assertThat(index.zonesAt(0, 5)).hasSize(1);
        assertThat(index.zonesAt(5, 5)).as("inside the hole").isEmpty();
        assertThat(index.zonesAt(5, 2)).hasSize(1);
    }

    @Test
    void zoneDrawnBeyond180CoversBothSidesOfTheAntimeridian() {
        ZoneIndex index =
                index(
                        zone(
                                "fiji-patrol",
                                "POLYGON ((175 -20, 185 -20, 185 -15, 175 -15, 175 -20))"));

        assertThat(index.zonesAt(-17, 178)).hasSize(1);
        assertThat(index.zonesAt(-17, -178)).as("east of the antimeridian").hasSize(1);
        assertThat(index.zonesAt(-17, -174)).isEmpty();
        assertThat(index.zonesAt(-17, 174)).isEmpty();
        assertThat(index.zonesAt(-17, 182)).as("longitudes beyond 180 wrap").hasSize(1);
    }

    @Test
    void zoneGivenAsTwoPartsAtTheAntimeridianIsOneZone() {
        ZoneIndex index =
                index(
                        zone(
                                "bering-watch",
                                "MULTIPOLYGON (((170 60, 180 60, 180 66, 170 66, 170 60)),"
                                        + " ((-180 60, -168 60, -168 66, -180 66, -180 60)))"));

        assertThat(ids(index.zonesAt(64, 179.99))).containsExactly("bering-watch");
        assertThat(ids(index.zonesAt(64, -179.99))).containsExactly("bering-watch");
        assertThat(ids(index.zonesAt(64, 180))).containsExactly("bering-watch");
    }
}
