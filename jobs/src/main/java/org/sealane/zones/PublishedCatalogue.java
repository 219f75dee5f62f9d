package org.sealane.zones;

/**
 * A zone catalogue as published to the live job's zone topic: the GeoJSON text of a whole
 * catalogue, and where and when it was published. The job keeps the latest valid one in force.
 *
 * @param topic the zone topic
 * @param partition its partition
 * @param offset the record's offset
 * @param publishedAt the record's timestamp, epoch ms
 * @param geoJson the catalogue (a GeoJSON FeatureCollection); null for a record without a value
 */
public record PublishedCatalogue(
        String topic, int partition, long offset, long publishedAt, String geoJson) {

    /** {@code topic/partition/offset}, as rejected input names where it came from. */
    public String source() {
        return topic + '/' + partition + '/' + offset;
    }

    /**
     * The catalogue it holds, validated as {@code sealane zones validate} does.
     *
     * @throws ZoneCatalogueException naming the record and the bad feature
     */
    public ZoneCatalogue catalogue() {
        if (geoJson == null || geoJson.isBlank()) {
            throw new ZoneCatalogueException(
                    source() + ": the record holds no catalogue (an empty value or a tombstone)");
        }
        return ZoneCatalogue.parse(geoJson, source());
    }
}
