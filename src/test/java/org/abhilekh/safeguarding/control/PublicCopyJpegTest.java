package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.junit.jupiter.api.Test;

class PublicCopyJpegTest {

    @Test
    void fieldPhotoLosesGpsOwnerXmpIptcCommentAndTailButKeepsItsPixelsAndOrientation() throws IOException {
        byte[] original = TestImages.fieldPhotoJpeg();
        byte[] untouched = original.clone();
        TikaReading before = TikaReading.of(original);
        before.assertMentions(TestImages.PHOTOGRAPHER);
        before.assertMentions("GPS");

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), "image/jpeg", copy);

        assertArrayEquals(untouched, original, "the original is not changed");
        assertTrue(result.supported());
        assertTrue(result.anythingRemoved());
        assertTrue(result.removed().containsAll(List.of("EXIF Artist", "EXIF CameraOwnerName", "EXIF GPSLatitude",
                "EXIF GPSLongitude", "XMP", "IPTC By-line", "IPTC City", "JPEG comment",
                "data after the end of the image")), result.removed()::toString);
        assertFalse(result.removed().contains("EXIF Orientation"), "the orientation is kept");
        assertEquals(List.of(), result.left());

        byte[] cleaned = copy.toByteArray();
        TikaReading after = TikaReading.of(cleaned);
        after.assertSilentAbout(TestImages.SECRETS);
        assertFalse(after.mentions("GPS"), after.entries()::toString);
        assertFalse(after.mentions("geo:"), after.entries()::toString);
        assertEquals("6", after.metadata().get("tiff:Orientation"), "Tika still sees the photo turned");
        assertNoSecretBytes(cleaned);
        TestImages.assertSamePixels(original, cleaned);

        JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(cleaned);
        assertEquals(TestImages.TURNED,
                metadata.getExif().findField(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue());
        assertEquals(1, metadata.getExif().getAllFields().size(), "the orientation is the only EXIF field");
        assertNull(metadata.getExif().getGpsInfo());
        assertNull(metadata.getPhotoshop(), "no IPTC");
        assertNull(Imaging.getXmpXml(cleaned), "no XMP");
    }

    @Test
    void uprightPhotoGetsNoExifAtAll() throws IOException {
        TiffOutputSet exif = TestImages.exifFields();
        exif.getRootDirectory().removeField(TiffTagConstants.TIFF_TAG_ORIENTATION);
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(TestImages.plainJpeg(), withExif, exif);

        byte[] cleaned = copy(withExif.toByteArray()).toByteArray();

        JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(cleaned);
        assertTrue(metadata == null || metadata.getExif() == null, "no EXIF block");
        assertNoSecretBytes(cleaned);
        TestImages.assertSamePixels(withExif.toByteArray(), cleaned);
    }

    @Test
    void progressivePhotoKeepsEveryScanAndLosesACommentBetweenScans() throws IOException {
        byte[] progressive = progressiveJpeg();
        int secondScan = indexOf(progressive, new byte[] {(byte) 0xFF, (byte) 0xDA}, 2);
        secondScan = indexOf(progressive, new byte[] {(byte) 0xFF, (byte) 0xDA}, secondScan + 2);
        assertTrue(secondScan > 0, "the image has more than one scan");
        byte[] comment = TestImages.COMMENT.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream withComment = new ByteArrayOutputStream();
        withComment.write(progressive, 0, secondScan);
        withComment.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) (comment.length + 2)});
        withComment.write(comment);
        withComment.write(progressive, secondScan, progressive.length - secondScan);

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(withComment.toByteArray()), "image/jpeg",
                copy);

        assertEquals(List.of("JPEG comment"), result.removed());
        assertArrayEquals(progressive, copy.toByteArray(), "exactly the image without the comment");
        TestImages.assertSamePixels(withComment.toByteArray(), copy.toByteArray());
    }

    @Test
    void photoWithoutHiddenMetadataIsCopiedByteForByte() throws IOException {
        byte[] plain = TestImages.plainJpeg();

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(plain), "image/jpeg", copy);

        assertTrue(result.supported());
        assertFalse(result.anythingRemoved());
        assertArrayEquals(plain, copy.toByteArray());
    }

    @Test
    void seedPhotoHasNoHiddenMetadataAndIsCopiedByteForByte() throws IOException {
        Path seed = Path.of("seed-content/photos/gumla-ghaghra-jagrukta-shivir-banner-2023.jpg");
        byte[] original = Files.readAllBytes(seed);

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), "image/jpeg", copy);

        assertEquals(List.of(), result.removed());
        assertArrayEquals(original, copy.toByteArray());
    }

    @Test
    void fileThatIsNotAJpegIsRefused() {
        byte[] text = "not a photo".getBytes(StandardCharsets.US_ASCII);
        assertThrows(IOException.class,
                () -> PublicCopy.write(new ByteArrayInputStream(text), "image/jpeg", new ByteArrayOutputStream()));
    }

    private static ByteArrayOutputStream copy(byte[] jpeg) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.write(new ByteArrayInputStream(jpeg), "image/jpeg", copy);
        return copy;
    }

    static void assertNoSecretBytes(byte[] file) {
        String bytes = new String(file, StandardCharsets.ISO_8859_1);
        for (String secret : TestImages.SECRETS) {
            assertFalse(bytes.contains(secret), "the copy's bytes still contain '" + secret + "'");
        }
    }

    private static byte[] progressiveJpeg() throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        parameters.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(jpeg)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(TestImages.picture(96, 64), null, null), parameters);
        } finally {
            writer.dispose();
        }
        return jpeg.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] part, int from) {
        for (int i = from; i <= data.length - part.length; i++) {
            if (java.util.Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
