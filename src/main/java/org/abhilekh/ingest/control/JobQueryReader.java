package org.abhilekh.ingest.control;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.abhilekh.ingest.entity.JobSource;
import org.abhilekh.ingest.entity.JobStatus;
import org.abhilekh.platform.control.BadInputException;

/** Reads the parameters of a job listing as they arrive (text), refusing what makes no sense with a 400 that says why. */
public final class JobQueryReader {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 1_000_000;
    public static final int MAX_NAME_CHARS = 200;

    /** A parsed listing request. */
    public record JobQuery(JobLedger.Filter filter, int page, int size) {
    }

    private JobQueryReader() {
    }

    public static JobQuery read(String status, String source, String batch, String document, String q, String page, String size) {
        JobStatus wantedStatus = blank(status) ? null : JobStatus.ofCode(status.strip()).orElseThrow(() -> new BadInputException(
                "'status' must be one of " + codes(Arrays.stream(JobStatus.values()).map(JobStatus::code)) + "; got '" + shorten(status) + "'."));
        JobSource wantedSource = blank(source) ? null : JobSource.ofCode(source.strip()).orElseThrow(() -> new BadInputException(
                "'source' must be one of " + codes(Arrays.stream(JobSource.values()).map(JobSource::code)) + "; got '" + shorten(source) + "'."));
        Long wantedBatch = blank(batch) ? null : (long) number("batch", batch, 1, Integer.MAX_VALUE);
        Long wantedDocument = blank(document) ? null : identifier("document", document);
        String name = blank(q) ? null : q.strip();
        if (name != null && name.length() > MAX_NAME_CHARS) {
            throw new BadInputException("'q' (part of a file name) is longer than " + MAX_NAME_CHARS + " characters.");
        }
        int pageNumber = blank(page) ? 1 : number("page", page, 1, MAX_PAGE);
        int pageSize = blank(size) ? DEFAULT_SIZE : number("size", size, 1, MAX_SIZE);
        return new JobQuery(new JobLedger.Filter(wantedStatus, wantedSource, wantedBatch, wantedDocument, name), pageNumber, pageSize);
    }

    /** A job, batch or document id from a path or parameter; empty when it is not a positive whole number. */
    public static Optional<Long> id(String value) {
        if (value == null || value.length() > 19 || !value.matches("[0-9]+")) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(value);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long identifier(String name, String value) {
        return id(value.strip()).orElseThrow(() -> new BadInputException(
                "'" + name + "' must be a document number; got '" + shorten(value) + "'."));
    }

    private static int number(String name, String value, int min, int max) {
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("'" + name + "' must be a whole number from " + min + " to " + max + "; got '" + shorten(value) + "'.", e);
        }
        if (parsed < min || parsed > max) {
            throw new BadInputException("'" + name + "' must be a whole number from " + min + " to " + max + "; got " + parsed + ".");
        }
        return parsed;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String codes(Stream<String> codes) {
        return codes.collect(Collectors.joining(", "));
    }

    static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
