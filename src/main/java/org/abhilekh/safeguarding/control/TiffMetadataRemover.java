package org.abhilekh.safeguarding.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.commons.imaging.FormatCompliance;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.tiff.TiffContents;
import org.apache.commons.imaging.formats.tiff.TiffDirectory;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffReader;
import org.apache.commons.imaging.formats.tiff.taginfos.TagInfo;
import org.apache.commons.imaging.formats.tiff.write.TiffImageWriterLossy;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputField;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * TIFF (scans, often), with Commons Imaging: the copy is a new TIFF file holding each page's image data as it was
 * (strips or tiles, compressed as they were: nothing is decoded) and, of each page's fields, only those that say how
 * to draw it: size, samples, compression, colour (photometric, palette, ICC profile, YCbCr), predictor, resolution,
 * orientation, page number and the like. Everything else goes: artist, description, document and page names, make,
 * model, software, host computer, date, copyright, XMP, IPTC, Photoshop data, the EXIF and GPS directories, and any
 * private tag. Sub-images that hang off a page (SubIFDs) are not carried over.
 *
 * <p>The file is read into memory whole, image data included, by the library; a TIFF without any such field is
 * copied byte for byte instead.
 */
final class TiffMetadataRemover implements MetadataRemover {

    /** Baseline and extension fields that describe the pixels; strip and tile positions are written anew. */
    private static final Set<Integer> LOOK = Set.of(254, 255, 256, 257, 258, 259, 262, 263, 264, 265, 266, 273, 274,
            277, 278, 279, 280, 281, 282, 283, 284, 292, 293, 296, 297, 301, 317, 318, 319, 320, 321, 322, 323, 324, 325,
            332, 334, 336, 338, 339, 340, 341, 342, 347, 512, 513, 514, 515, 517, 518, 519, 520, 521, 529, 530, 531, 532,
            34675);

    @Override
    public void copy(Original original, OutputStream target, RemovalReport findings) throws IOException {
        Path file = original.file();
        TiffContents contents = new TiffReader(false).readDirectories(ByteSource.file(file.toFile()), true,
                FormatCompliance.getDefault());
        ByteOrder order = contents.header.byteOrder;
        TiffOutputSet copy = new TiffOutputSet(order);
        boolean removed = false;
        for (TiffDirectory directory : contents.directories) {
            if (directory.type < 0) {
                directory.getDirectoryEntries().forEach(field -> findings.removed("EXIF " + field.getTagName()));
                removed = true;
                continue;
            }
            TiffOutputDirectory page = new TiffOutputDirectory(directory.type, order);
            for (TiffField field : directory.getDirectoryEntries()) {
                TagInfo tag = field.getTagInfo();
                if (!LOOK.contains(field.getTag())) {
                    if (!tag.isOffset()) {
                        findings.removed("TIFF " + field.getTagName());
                    }
                    removed = true;
                } else if (!tag.isOffset() && page.findField(field.getTag()) == null) {
                    byte[] value = tag.encodeValue(field.getFieldType(), field.getValue(), order);
                    page.add(new TiffOutputField(field.getTag(), tag, field.getFieldType(),
                            value.length / field.getFieldType().getSize(), value));
                }
            }
            page.setTiffImageData(directory.getTiffImageData());
            page.setJpegImageData(directory.getJpegImageData());
            copy.addDirectory(page);
        }
        if (removed) {
            new TiffImageWriterLossy(order).write(target, copy);
        } else {
            Files.copy(file, target);
        }
    }
}
