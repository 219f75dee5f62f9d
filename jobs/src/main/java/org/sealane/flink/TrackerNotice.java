package org.sealane.flink;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.sealane.zones.PublishedCatalogue;

/**
 * What every vessel tracker is told on its broadcast side: a silence of the feed, or a zone
 * catalogue published to the live job. Exactly one of the two is set.
 */
public record TrackerNotice(FeedSilence silence, PublishedCatalogue catalogue) {

    public static final TypeInformation<TrackerNotice> TYPE =
            TypeInformation.of(TrackerNotice.class);

    public static TrackerNotice of(FeedSilence silence) {
        return new TrackerNotice(silence, null);
    }

    public static TrackerNotice of(PublishedCatalogue catalogue) {
        return new TrackerNotice(null, catalogue);
    }
}
