package org.sealane.flink;

/**
 * A silence of the whole feed, broadcast to every vessel tracker: no position from any vessel from
 * {@code start} to {@code end} (epoch ms, end exclusive; {@code end} is {@link
 * org.sealane.track.FeedSilences#ONGOING} while it lasts, and the same silence is sent again with
 * its end when the feed comes back).
 */
public record FeedSilence(long start, long end) {}
