package org.sealane.zones;

/** A zone catalogue that cannot be used; the message names the file and the bad feature. */
public class ZoneCatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ZoneCatalogueException(String message) {
        super(message);
    }

    public ZoneCatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
