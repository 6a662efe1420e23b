package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffImageWriterLossy;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;

class PublicCopyTiffTest {

    @Test
    void scanLosesArtistComputerXmpAndGpsButKeepsItsPixels() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(TestImages.picture(120, 80), "tiff", plain);
        byte[] original = withHiddenFields(plain.toByteArray());
        byte[] untouched = original.clone();
        TikaReading.of(original).assertMentions(TestImages.PHOTOGRAPHER);

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), "image/tiff", copy);

        assertArrayEquals(untouched, original);
        assertTrue(result.removed().containsAll(List.of("TIFF Artist", "TIFF HostComputer", "TIFF ImageDescription",
                "TIFF Software", "TIFF XMP", "EXIF GPSLatitude")), result.removed()::toString);
        byte[] cleaned = copy.toByteArray();
        TikaReading after = TikaReading.of(cleaned);
        after.assertSilentAbout(TestImages.SECRETS);
        assertFalse(after.mentions("GPS"), after.entries()::toString);
        PublicCopyJpegTest.assertNoSecretBytes(cleaned);
        assertSamePages(original, cleaned);
    }

    @Test
    void multiPageJpegCompressedScanKeepsEveryPage() throws IOException {
        byte[] plain;
        try (InputStream in = getClass().getResourceAsStream("/test-documents/testTIFF_multipage.tif")) {
            plain = in.readAllBytes();
        }
        ByteArrayOutputStream unchanged = new ByteArrayOutputStream();
        assertEquals(List.of(), PublicCopy.write(new ByteArrayInputStream(plain), "image/tiff", unchanged).removed());
        assertArrayEquals(plain, unchanged.toByteArray(), "nothing hidden: copied byte for byte");

        byte[] original = withHiddenFields(plain);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), "image/tiff", copy);

        assertTrue(result.removed().contains("TIFF Artist"), result.removed()::toString);
        PublicCopyJpegTest.assertNoSecretBytes(copy.toByteArray());
        assertEquals(2, assertSamePages(original, copy.toByteArray()));
    }

    /** The same TIFF with an artist, computer, description, software, XMP and GPS position on its first page. */
    private static byte[] withHiddenFields(byte[] tiff) throws IOException {
        TiffOutputSet fields = ((TiffImageMetadata) Imaging.getMetadata(tiff)).getOutputSet();
        TiffOutputDirectory page = fields.getOrCreateRootDirectory();
        page.add(TiffTagConstants.TIFF_TAG_ARTIST, TestImages.PHOTOGRAPHER);
        page.add(TiffTagConstants.TIFF_TAG_HOST_COMPUTER, "LAPTOP-" + TestImages.CITY);
        page.add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, TestImages.COMMENT);
        page.add(TiffTagConstants.TIFF_TAG_SOFTWARE, "Scanner of " + TestImages.PHOTOGRAPHER);
        page.add(TiffTagConstants.TIFF_TAG_XMP, TestImages.xmp().getBytes(StandardCharsets.UTF_8));
        fields.setGpsInDegrees(85.3096, 23.3441);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TiffImageWriterLossy(fields.byteOrder).write(out, fields);
        return out.toByteArray();
    }

    /** Every page decodes with ImageIO to the same pixels; returns the number of pages. */
    private static int assertSamePages(byte[] expected, byte[] actual) throws IOException {
        List<BufferedImage> before = pages(expected);
        List<BufferedImage> after = pages(actual);
        assertEquals(before.size(), after.size(), "the same number of pages");
        for (int i = 0; i < before.size(); i++) {
            BufferedImage a = before.get(i);
            BufferedImage b = after.get(i);
            assertEquals(a.getWidth(), b.getWidth());
            assertEquals(a.getHeight(), b.getHeight());
            assertArrayEquals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                    b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()), "page " + (i + 1));
        }
        return before.size();
    }

    private static List<BufferedImage> pages(byte[] tiff) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                for (int i = 0; i < reader.getNumImages(true); i++) {
                    pages.add(reader.read(i));
                }
            } finally {
                reader.dispose();
            }
        }
        return pages;
    }
}
