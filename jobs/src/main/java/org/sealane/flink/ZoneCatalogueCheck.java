package org.sealane.flink;

import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.sealane.avro.RejectReason;
import org.sealane.model.InputLine;
import org.sealane.model.RejectedInput;
import org.sealane.zones.PublishedCatalogue;
import org.sealane.zones.ZoneCatalogue;
import org.sealane.zones.ZoneCatalogueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks each zone catalogue published to the live job as {@code sealane zones validate} does,
 * before any operator takes it. A good one goes on to every operator that judges by zones, and the
 * log says it is in force. A bad one, or a record without a value, is rejected ({@link #REJECTED},
 * reason {@code ZONE_CATALOGUE}, with the error that names the record and the feature) and logged;
 * the catalogue in force stays. Runs with parallelism 1, once for the whole job.
 */
public class ZoneCatalogueCheck extends ProcessFunction<PublishedCatalogue, PublishedCatalogue> {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LoggerFactory.getLogger(ZoneCatalogueCheck.class);

    /** Published catalogues that cannot be used. */
    public static final OutputTag<RejectedInput> REJECTED =
            new OutputTag<>("rejected-zone-catalogues", TypeInformation.of(RejectedInput.class)) {};

    @Override
    public void processElement(
            PublishedCatalogue published, Context ctx, Collector<PublishedCatalogue> out) {
        ZoneCatalogue catalogue;
        try {
            catalogue = published.catalogue();
        } catch (ZoneCatalogueException e) {
            LOG.warn("zone catalogue rejected, the one in force stays: {}", e.getMessage());
            ctx.output(
                    REJECTED,
                    RejectedInput.of(
                            published.geoJson() == null ? "" : published.geoJson(),
                            RejectReason.ZONE_CATALOGUE,
                            e.getMessage(),
                            published.publishedAt(),
                            InputLine.sequence(published.partition(), published.offset()),
                            1));
            return;
        }
        LOG.info(
                "zone catalogue {} published {}: {} zones, in force from the next position",
                published.source(),
                Instant.ofEpochMilli(published.publishedAt()),
                catalogue.zones().size());
        out.collect(published);
    }
}
