package org.abhilekh.safeguarding.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Real files with metadata, made in the test (a JPEG with a hand-assembled EXIF block, a PNG with text
 * chunks, a DOCX through POI, a PDF through PDFBox), and their metadata as Tika reads it.
 */
final class SafeguardingTestFiles {

    private SafeguardingTestFiles() {
    }

    /** The metadata Tika's AutoDetectParser reports for a file, as the scanner takes it (no OCR: only metadata matters). */
    static Map<String, List<String>> tikaMetadata(byte[] file) {
        Metadata metadata = new Metadata();
        try (InputStream in = new ByteArrayInputStream(file)) {
            ParseContext context = new ParseContext();
            TesseractOCRConfig noOcr = new TesseractOCRConfig();
            noOcr.setSkipOcr(true);
            context.set(TesseractOCRConfig.class, noOcr);
            new AutoDetectParser().parse(in, new BodyContentHandler(-1), metadata, context);
        } catch (Exception e) {
            throw new IllegalStateException("Tika could not read the test file", e);
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String name : metadata.names()) {
            map.put(name, List.of(metadata.getValues(name)));
        }
        return map;
    }

    /** A JPEG whose EXIF names an artist and a camera owner and holds a GPS position. */
    static byte[] jpegWithExif(String artist, String owner, double[] latitude, double[] longitude) {
        Tiff tiff = new Tiff();
        Tiff.Ifd ifd0 = tiff.ifd();
        Tiff.Ifd exif = tiff.ifd();
        Tiff.Ifd gps = tiff.ifd();
        ifd0.ascii(0x013B, artist);
        ifd0.pointer(0x8769, exif);
        ifd0.pointer(0x8825, gps);
        exif.ascii(0xA430, owner);
        gps.bytes(0x0000, new byte[] {2, 3, 0, 0});
        gps.ascii(0x0001, "N");
        gps.rationals(0x0002, latitude);
        gps.ascii(0x0003, "E");
        gps.rationals(0x0004, longitude);
        byte[] exifBlock = tiff.write();
        byte[] jpeg = image("jpg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        int length = 2 + 6 + exifBlock.length;
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(exifBlock);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG with an Author text chunk and an XMP packet that holds a GPS position. */
    static byte[] pngWithTextChunks(String author, String xmpLatitude, String xmpLongitude) {
        byte[] png = image("png");
        String xmp = "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
                + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about=''"
                + " xmlns:exif='http://ns.adobe.com/exif/1.0/'><exif:GPSLatitude>" + xmpLatitude
                + "</exif:GPSLatitude><exif:GPSLongitude>" + xmpLongitude + "</exif:GPSLongitude>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='r'?>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int afterHeader = 8 + 8 + 13 + 4; // signature, IHDR
        out.write(png, 0, afterHeader);
        chunk(out, "tEXt", ("Author\0" + author).getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "iTXt", ("XML:com.adobe.xmp\0\0\0\0\0" + xmp).getBytes(StandardCharsets.UTF_8));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** A DOCX whose properties name an author, a last editor, a company and the application. */
    static byte[] docx(String author, String lastEditor, String company) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Minutes of the district meeting.");
            POIXMLProperties properties = document.getProperties();
            properties.getCoreProperties().setCreator(author);
            properties.getCoreProperties().setLastModifiedByUser(lastEditor);
            properties.getExtendedProperties().getUnderlyingProperties().setCompany(company);
            properties.getExtendedProperties().getUnderlyingProperties().setApplication("Microsoft Office Word");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose document information names an author, the creating program and the producer. */
    static byte[] pdf(String author) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            PDDocumentInformation information = document.getDocumentInformation();
            information.setAuthor(author);
            information.setCreator("Microsoft Word");
            information.setProducer("LibreOffice 7.4");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A big-endian TIFF block of IFDs, each followed by the values that do not fit in its entries. */
    private static final class Tiff {

        private final List<Ifd> ifds = new ArrayList<>();

        Ifd ifd() {
            Ifd ifd = new Ifd();
            ifds.add(ifd);
            return ifd;
        }

        byte[] write() {
            int offset = 8;
            for (Ifd ifd : ifds) {
                ifd.offset = offset;
                offset += ifd.size();
            }
            ByteBuffer buffer = ByteBuffer.allocate(offset);
            buffer.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
            for (Ifd ifd : ifds) {
                ifd.write(buffer);
            }
            return buffer.array();
        }

        private record Entry(int tag, int type, int count, byte[] value, Ifd target) {
        }

        private static final class Ifd {
            private final List<Entry> entries = new ArrayList<>();
            private int offset;

            void ascii(int tag, String text) {
                byte[] bytes = (text + "\0").getBytes(StandardCharsets.US_ASCII);
                entries.add(new Entry(tag, 2, bytes.length, bytes, null));
            }

            void bytes(int tag, byte[] bytes) {
                entries.add(new Entry(tag, 1, bytes.length, bytes, null));
            }

            void rationals(int tag, double[] values) {
                ByteBuffer buffer = ByteBuffer.allocate(values.length * 8);
                for (double value : values) {
                    buffer.putInt((int) Math.round(value * 1000)).putInt(1000);
                }
                entries.add(new Entry(tag, 5, values.length, buffer.array(), null));
            }

            void pointer(int tag, Ifd target) {
                entries.add(new Entry(tag, 4, 1, null, target));
            }

            int size() {
                int size = 2 + entries.size() * 12 + 4;
                for (Entry entry : entries) {
                    if (entry.value() != null && entry.value().length > 4) {
                        size += entry.value().length + (entry.value().length & 1);
                    }
                }
                return size;
            }

            void write(ByteBuffer buffer) {
                int data = offset + 2 + entries.size() * 12 + 4;
                buffer.position(offset);
                buffer.putShort((short) entries.size());
                List<byte[]> outOfLine = new ArrayList<>();
                for (Entry entry : entries) {
                    buffer.putShort((short) entry.tag()).putShort((short) entry.type()).putInt(entry.count());
                    if (entry.target() != null) {
                        buffer.putInt(entry.target().offset);
                    } else if (entry.value().length <= 4) {
                        buffer.put(entry.value()).put(new byte[4 - entry.value().length]);
                    } else {
                        buffer.putInt(data);
                        data += entry.value().length + (entry.value().length & 1);
                        outOfLine.add(entry.value());
                    }
                }
                buffer.putInt(0);
                for (byte[] value : outOfLine) {
                    buffer.put(value);
                    if ((value.length & 1) == 1) {
                        buffer.put((byte) 0);
                    }
                }
            }
        }
    }
}
