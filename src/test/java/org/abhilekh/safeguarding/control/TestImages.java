package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffImageWriterLossy;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Real image files carrying the hidden metadata a field photo has: written with ImageIO, then given EXIF (GPS near
 * Ranchi, artist, camera owner, orientation), XMP, IPTC and a comment with Commons Imaging, or PNG text chunks by hand.
 * Every hidden value contains one of {@link #SECRETS}, so a test can look for them anywhere.
 */
public final class TestImages {

    public static final String PHOTOGRAPHER = "Rahul Verma";
    static final String CITY = "Bokaro";
    static final String COMMENT = "Girl rescued near the kiln";
    static final List<String> SECRETS = List.of("Rahul", "Verma", CITY, "kiln");
    /** EXIF orientation 6: the camera was turned a quarter to the right. */
    static final int TURNED = 6;

    private TestImages() {
    }

    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int x = 0; x < width; x++) {
            g.setColor(new Color(x * 255 / width, 90, 255 - x * 255 / width));
            g.drawLine(x, 0, x, height);
        }
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    static byte[] plainJpeg() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture(96, 64), "jpg", jpeg);
        return jpeg.toByteArray();
    }

    /** EXIF as a field photo has it: artist, camera owner, a description, GPS near Ranchi, and turned. */
    static TiffOutputSet exifFields() throws IOException {
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ARTIST, PHOTOGRAPHER);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) TURNED);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, COMMENT);
        exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_CAMERA_OWNER_NAME, PHOTOGRAPHER);
        exif.setGpsInDegrees(85.3096, 23.3441);
        return exif;
    }

    /** {@link #exifFields()} as the TIFF structure a PNG eXIf chunk holds. */
    static byte[] exif() throws IOException {
        TiffOutputSet exif = exifFields();
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        new TiffImageWriterLossy(exif.byteOrder).write(tiff, exif);
        return tiff.toByteArray();
    }

    /** A field photo: EXIF with GPS, artist and camera owner, turned; XMP; IPTC by-line and city; a comment; a tail. */
    public static byte[] fieldPhotoJpeg() throws IOException {
        byte[] jpeg = plainJpeg();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, exifFields());
        jpeg = out.toByteArray();
        out.reset();
        new JpegXmpRewriter().updateXmpXml(jpeg, out, xmp());
        jpeg = out.toByteArray();
        out.reset();
        new JpegIptcRewriter().writeIptc(jpeg, out, new PhotoshopApp13Data(
                List.of(new IptcRecord(IptcTypes.BYLINE, PHOTOGRAPHER), new IptcRecord(IptcTypes.CITY, CITY)),
                List.of()));
        jpeg = out.toByteArray();
        out.reset();
        byte[] comment = COMMENT.getBytes(StandardCharsets.US_ASCII);
        out.write(jpeg, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) (comment.length + 2)});
        out.write(comment);
        out.write(jpeg, 2, jpeg.length - 2);
        out.write(("appended preview by " + PHOTOGRAPHER).getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static String xmp() {
        return """
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" \
                xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="%s">\
                <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>\
                </rdf:Description></rdf:RDF></x:xmpmeta>""".formatted(CITY, PHOTOGRAPHER);
    }

    /** A PNG with text chunks (Author, Comment, an XMP packet), a modification time and EXIF. */
    static byte[] fieldPhotoPng() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture(80, 60), "png", plain);
        byte[] png = plain.toByteArray();
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.write(chunk("tEXt", latin1("Author\0" + PHOTOGRAPHER)));
        out.write(chunk("zTXt", zText("Comment", COMMENT)));
        out.write(chunk("iTXt", utf8("XML:com.adobe.xmp\0\0\0\0\0" + xmp())));
        out.write(chunk("tIME", new byte[] {0x07, (byte) 0xE7, 11, 14, 10, 30, 0}));
        out.write(chunk("eXIf", exif()));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(latin1(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(latin1(type)).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] zText(String keyword, String text) {
        Deflater deflater = new Deflater();
        deflater.setInput(latin1(text));
        deflater.finish();
        byte[] buffer = new byte[1024];
        int length = deflater.deflate(buffer);
        deflater.end();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(latin1(keyword + "\0\0"));
        data.write(buffer, 0, length);
        return data.toByteArray();
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Both files decode, with ImageIO, to the same size and the same RGB value at every pixel. */
    static void assertSamePixels(byte[] expected, byte[] actual) throws IOException {
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(expected));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(actual));
        assertNotNull(before, "the original decodes");
        assertNotNull(after, "the copy decodes");
        assertEquals(before.getWidth(), after.getWidth());
        assertEquals(before.getHeight(), after.getHeight());
        int width = before.getWidth();
        int height = before.getHeight();
        assertArrayEquals(before.getRGB(0, 0, width, height, null, 0, width),
                after.getRGB(0, 0, width, height, null, 0, width), "same pixels");
    }
}
