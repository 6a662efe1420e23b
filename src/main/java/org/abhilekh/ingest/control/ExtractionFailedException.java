package org.abhilekh.ingest.control;

/** An original could not be read; the message tells a person what to do about it. */
public class ExtractionFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String mediaType;

    public ExtractionFailedException(String mediaType, String reason, Throwable cause) {
        super(reason, cause);
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
