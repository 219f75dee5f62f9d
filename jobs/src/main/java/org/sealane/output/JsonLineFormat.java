package org.sealane.output;

import java.io.Serializable;

/**
 * How records of one kind are written as JSON lines, and in which order a finished replay lists
 * them.
 */
public interface JsonLineFormat<T> extends Serializable {

    /** One line of JSON, no line break. */
    String toJson(T record);

    /**
     * A key whose string order is the order of the finished file; it must tell apart any two
     * different records so that output is the same whatever the parallelism.
     */
    String sortKey(T record);
}
