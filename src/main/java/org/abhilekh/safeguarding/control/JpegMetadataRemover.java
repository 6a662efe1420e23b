package org.abhilekh.safeguarding.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.JpegConstants;
import org.apache.commons.imaging.formats.jpeg.JpegUtils;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcParser;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;

/**
 * JPEG: the copy keeps the image's own segments (quantisation and Huffman tables, frame, scans, restart intervals) byte
 * for byte, so it decodes to the same pixels, and of the application segments only those that change how it looks:
 * JFIF (APP0), the ICC colour profile (APP2 {@code ICC_PROFILE}) and Adobe's colour transform (APP14). Everything
 * else goes: EXIF (GPS, camera owner and serial, dates, the thumbnail), XMP and extended XMP, Photoshop/IPTC
 * (by-line, city, caption), comments (COM), multi-picture and FlashPix data, makers' segments, and anything after
 * the end-of-image marker (appended previews and depth maps carry their own EXIF).
 *
 * <p>When the EXIF orientation says the photo is turned, the copy gets a new EXIF block holding the orientation
 * alone, so the photo is shown the same way up as before without re-encoding it.
 *
 * <p>The segments before the first scan are parsed by Commons Imaging ({@link JpegUtils#traverseJfif}), which also
 * reads the EXIF and IPTC fields for the audit list. Its rewriters ({@code ExifRewriter.removeExifMetadata},
 * {@code JpegXmpRewriter.removeXmpXml}, {@code JpegIptcRewriter.removeIptc}) each remove one kind of segment in a
 * pass of their own and cannot drop comments, other application segments or trailing data, so this class filters
 * the parsed segment list itself. The library hands over everything after the first scan header as one block; the
 * short walk over it in {@link #copyScans} is hand-written because no library exposes that part: it keeps the
 * entropy-coded data and the tables between progressive scans, drops comments and application segments found
 * there, and stops at the end-of-image marker.
 *
 * <p>The file is read into memory once (Commons Imaging buffers a stream anyway); photos are megabytes, not more.
 */
final class JpegMetadataRemover implements MetadataRemover {

    private static final int APP0 = 0xFFE0;
    private static final int APP1 = 0xFFE1;
    private static final int APP2 = 0xFFE2;
    private static final int APP13 = 0xFFED;
    private static final int APP14 = 0xFFEE;
    private static final int APP15 = 0xFFEF;
    private static final int COM = 0xFFFE;
    private static final int EOI = 0xFFD9;

    private record Segment(byte[] marker, byte[] length, byte[] data) {
    }

    @Override
    public void copy(Original original, OutputStream target, RemovalReport findings) throws IOException {
        byte[] jpeg;
        try (InputStream in = original.stream()) {
            jpeg = in.readAllBytes();
        }
        target.write(clean(jpeg, findings));
    }

    /** The cleaned JPEG; for images inside documents as well as for photos. */
    static byte[] clean(byte[] jpeg, RemovalReport findings) throws IOException {
        List<Segment> kept = new ArrayList<>();
        int[] orientation = {ExifFields.NORMAL_ORIENTATION};
        ByteArrayOutputStream scans = new ByteArrayOutputStream();
        try {
            new JpegUtils().traverseJfif(ByteSource.array(jpeg), new JpegUtils.Visitor() {
                @Override
                public boolean beginSos() {
                    return true;
                }

                @Override
                public boolean visitSegment(int marker, byte[] markerBytes, int length, byte[] lengthBytes,
                        byte[] data) {
                    if (!isAppOrComment(marker) || isLook(marker, data)) {
                        kept.add(new Segment(markerBytes, lengthBytes, data));
                    } else {
                        int found = describe(marker, data, findings);
                        if (found != ExifFields.NORMAL_ORIENTATION) {
                            orientation[0] = found;
                        }
                    }
                    return true;
                }

                @Override
                public void visitSos(int marker, byte[] markerBytes, byte[] imageData) {
                    scans.writeBytes(markerBytes);
                    if (marker == EOI) {
                        if (imageData.length > 0) {
                            findings.removed("data after the end of the image");
                        }
                    } else {
                        copyScans(imageData, scans, findings);
                    }
                }
            });
        } catch (ImagingException e) {
            throw new IOException("Not a readable JPEG: " + e.getMessage(), e);
        }
        ByteArrayOutputStream copy = new ByteArrayOutputStream(jpeg.length);
        JpegConstants.SOI.writeTo(copy);
        int leadingJfif = 0;
        while (leadingJfif < kept.size() && marker(kept.get(leadingJfif)) == APP0) {
            leadingJfif++;
        }
        for (int i = 0; i <= kept.size(); i++) {
            if (i == leadingJfif && orientation[0] != ExifFields.NORMAL_ORIENTATION) {
                writeSegment(copy, APP1, exifSegment(orientation[0]));
            }
            if (i < kept.size()) {
                Segment segment = kept.get(i);
                copy.writeBytes(segment.marker());
                copy.writeBytes(segment.length());
                copy.writeBytes(segment.data());
            }
        }
        scans.writeTo(copy);
        return copy.toByteArray();
    }

    private static boolean isAppOrComment(int marker) {
        return marker >= APP0 && marker <= APP15 || marker == COM;
    }

    /** The application segments that change how the image looks, and so stay. */
    private static boolean isLook(int marker, byte[] data) {
        return marker == APP0 && startsWith(data, "JFIF\0")
                || marker == APP2 && startsWith(data, "ICC_PROFILE\0")
                || marker == APP14 && startsWith(data, "Adobe");
    }

    /** Notes what a dropped segment held; returns the EXIF orientation when it was the EXIF segment. */
    private static int describe(int marker, byte[] data, RemovalReport findings) {
        if (marker == COM) {
            findings.removed("JPEG comment");
        } else if (marker == APP1 && startsWith(data, "Exif\0")) {
            ExifFields.Summary exif = ExifFields.read(Arrays.copyOfRange(data, 6, data.length));
            exif.names().stream().filter(name -> !name.equals("EXIF Orientation")).forEach(findings::removed);
            return exif.orientation();
        } else if (marker == APP1 && startsWith(data, "http://ns.adobe.com/xap/1.0/\0")) {
            findings.removed("XMP");
        } else if (marker == APP1 && startsWith(data, "http://ns.adobe.com/xmp/extension/\0")) {
            findings.removed("XMP extension");
        } else if (marker == APP13 && new IptcParser().isPhotoshopJpegSegment(data)) {
            describePhotoshop(data, findings);
        } else {
            findings.removed("APP" + (marker - APP0) + " segment " + identifier(data));
        }
        return ExifFields.NORMAL_ORIENTATION;
    }

    private static void describePhotoshop(byte[] data, RemovalReport findings) {
        try {
            List<IptcRecord> records = new IptcParser().parsePhotoshopSegment(data, false).getRecords();
            records.forEach(record -> findings.removed("IPTC " + record.getIptcTypeName()));
            if (records.isEmpty()) {
                findings.removed("Photoshop resources");
            }
        } catch (IOException | RuntimeException e) {
            findings.removed("Photoshop resources (unreadable)");
        }
    }

    /**
     * Copies what follows a start-of-scan marker: the scan header, its entropy-coded data (where 0xFF is followed by
     * 0x00 stuffing or a restart marker), and for progressive images the tables and further scans after it, up to and
     * including the end-of-image marker. Comments and application segments among them are dropped, and whatever
     * follows the end of the image.
     */
    static void copyScans(byte[] data, ByteArrayOutputStream out, RemovalReport findings) {
        int at = copySegmentBody(data, 0, out);
        while (at < data.length) {
            int start = at;
            while (at < data.length) {
                if ((data[at] & 0xFF) == 0xFF && at + 1 < data.length) {
                    int next = data[at + 1] & 0xFF;
                    if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                        break;
                    }
                    at += next == 0xFF ? 1 : 2;
                } else {
                    at++;
                }
            }
            out.write(data, start, at - start);
            if (at + 1 >= data.length) {
                return; // the image ends without an end-of-image marker: keep what there is
            }
            int marker = 0xFF00 | data[at + 1] & 0xFF;
            if (marker == EOI) {
                out.write(data, at, 2);
                if (at + 2 < data.length) {
                    findings.removed("data after the end of the image");
                }
                return;
            }
            if (marker == 0xFF01) { // TEM: a marker without a length
                out.write(data, at, 2);
                at += 2;
            } else if (isAppOrComment(marker)) {
                findings.removed(marker == COM ? "JPEG comment" : "APP" + (marker - APP0) + " segment after the image data");
                at = Math.min(data.length, at + 2 + length(data, at + 2));
            } else {
                out.write(data, at, 2);
                at = copySegmentBody(data, at + 2, out);
            }
        }
    }

    /** Copies the length-prefixed segment body that starts at {@code at}; returns where the next part starts. */
    private static int copySegmentBody(byte[] data, int at, ByteArrayOutputStream out) {
        int end = Math.min(data.length, at + length(data, at));
        out.write(data, at, end - at);
        return end;
    }

    private static int length(byte[] data, int at) {
        if (at + 1 >= data.length) {
            return data.length - at;
        }
        return Math.max(2, (data[at] & 0xFF) << 8 | data[at + 1] & 0xFF);
    }

    private static byte[] exifSegment(int orientation) throws IOException {
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        segment.writeBytes(ExifFields.orientationOnly(orientation));
        return segment.toByteArray();
    }

    private static void writeSegment(ByteArrayOutputStream out, int marker, byte[] data) {
        int length = data.length + 2;
        out.writeBytes(new byte[] {(byte) (marker >> 8), (byte) marker, (byte) (length >> 8), (byte) length});
        out.writeBytes(data);
    }

    private static int marker(Segment segment) {
        return (segment.marker()[0] & 0xFF) << 8 | segment.marker()[1] & 0xFF;
    }

    private static boolean startsWith(byte[] data, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return data.length >= expected.length && Arrays.equals(data, 0, expected.length, expected, 0, expected.length);
    }

    /** The printable start of a segment, which names its kind ({@code MPF}, {@code FPXR}, {@code Ducky}...). */
    private static String identifier(byte[] data) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < data.length && i < 32 && data[i] >= 0x20 && data[i] < 0x7F; i++) {
            name.append((char) data[i]);
        }
        return name.isEmpty() ? "(unnamed)" : name.toString();
    }
}
