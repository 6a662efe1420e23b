package org.abhilekh.safeguarding.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.imaging.FormatCompliance;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.tiff.TiffContents;
import org.apache.commons.imaging.formats.tiff.TiffDirectory;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffReader;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffImageWriterLossy;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Reads an EXIF block (a small TIFF structure, as found in a JPEG APP1 segment or a PNG eXIf chunk) with Commons
 * Imaging, for the names of its fields and its orientation; and writes the one EXIF block a public copy keeps: the
 * orientation alone, so a photo taken on its side still shows upright.
 */
final class ExifFields {

    /** EXIF orientation 1: the stored pixels are shown as they are. */
    static final int NORMAL_ORIENTATION = 1;
    /** ExifOffset, GPSInfo and InteropOffset only point at the directories whose fields are listed. */
    private static final Set<Integer> DIRECTORY_POINTERS = Set.of(0x8769, 0x8825, 0xA005);

    /** The field names, in file order ({@code EXIF Artist}, {@code EXIF GPSLatitude}...), and the orientation. */
    record Summary(List<String> names, int orientation) {
    }

    private ExifFields() {
    }

    static Summary read(byte[] tiff) {
        try {
            TiffContents contents = new TiffReader(false).readDirectories(ByteSource.array(tiff), false,
                    FormatCompliance.getDefault());
            List<String> names = new ArrayList<>();
            int orientation = NORMAL_ORIENTATION;
            for (TiffDirectory directory : contents.directories) {
                for (TiffField field : directory.getDirectoryEntries()) {
                    if (!DIRECTORY_POINTERS.contains(field.getTag())) {
                        names.add("EXIF " + field.getTagName());
                    }
                    if (directory.type == TiffDirectoryConstants.DIRECTORY_TYPE_ROOT
                            && field.getTag() == TiffTagConstants.TIFF_TAG_ORIENTATION.tag) {
                        orientation = field.getIntValue();
                    }
                }
            }
            return new Summary(names, orientation >= 1 && orientation <= 8 ? orientation : NORMAL_ORIENTATION);
        } catch (IOException | RuntimeException e) {
            // Damaged EXIF is still removed; it just cannot be listed field by field.
            return new Summary(List.of("EXIF (unreadable)"), NORMAL_ORIENTATION);
        }
    }

    /** A TIFF structure holding only the orientation tag. */
    static byte[] orientationOnly(int orientation) throws IOException {
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        new TiffImageWriterLossy(exif.byteOrder).write(tiff, exif);
        return tiff.toByteArray();
    }
}
