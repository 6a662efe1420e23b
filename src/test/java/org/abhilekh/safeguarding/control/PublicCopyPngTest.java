package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.png.PngImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicCopyPngTest {

    @TempDir
    Path temp;

    @Test
    void pngLosesTextTimeAndExifButKeepsItsPixelsAndOrientation() throws IOException {
        byte[] original = TestImages.fieldPhotoPng();
        byte[] untouched = original.clone();
        TikaReading.of(original).assertMentions(TestImages.PHOTOGRAPHER);

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), "image/png", copy);

        assertArrayEquals(untouched, original, "the original is not changed");
        assertTrue(result.removed().containsAll(List.of("PNG tEXt Author", "PNG zTXt Comment",
                "PNG iTXt XML:com.adobe.xmp", "PNG tIME", "EXIF Artist", "EXIF GPSLatitude")),
                result.removed()::toString);
        byte[] cleaned = copy.toByteArray();
        TikaReading after = TikaReading.of(cleaned);
        after.assertSilentAbout(TestImages.SECRETS);
        assertFalse(after.mentions("GPS"), after.entries()::toString);
        PublicCopyJpegTest.assertNoSecretBytes(cleaned);
        TestImages.assertSamePixels(original, cleaned);
        assertEquals(List.of("IHDR", "eXIf", "IDAT", "IEND"), chunkTypes(cleaned));
        PngImageMetadata metadata = (PngImageMetadata) Imaging.getMetadata(cleaned);
        assertEquals(TestImages.TURNED,
                metadata.getExif().findField(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue(),
                "the orientation stays, alone");
        assertEquals(1, metadata.getExif().getAllFields().size());
    }

    @Test
    void seedPosterLosesItsTextAndTimeChunksAndKeepsItsPixels() throws IOException {
        Path seed = Path.of("seed-content/photos/childline-1098-poster-ranchi-station-2020.png");
        byte[] before = Files.readAllBytes(seed);
        Path copy = temp.resolve("poster.png");

        PublicCopy.Result result = PublicCopy.write(seed, "image/png", copy);

        assertEquals(Set.of("PNG tIME", "PNG tEXt date:create", "PNG tEXt date:modify"), Set.copyOf(result.removed()));
        assertArrayEquals(before, Files.readAllBytes(seed), "the seed file is not changed");
        byte[] cleaned = Files.readAllBytes(copy);
        TestImages.assertSamePixels(before, cleaned);
        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains("date:create"));
        assertFalse(chunkTypes(cleaned).contains("tEXt"));
        assertTrue(chunkTypes(cleaned).containsAll(List.of("gAMA", "cHRM", "PLTE")), "colour chunks stay");
    }

    @Test
    void privateChunksAndDataAfterTheEndAreDropped() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(TestImages.picture(20, 10), "png", plain);
        byte[] png = plain.toByteArray();
        ByteArrayOutputStream odd = new ByteArrayOutputStream();
        odd.write(png, 0, 33);
        odd.write(TestImages.chunk("prVt", "owner Rahul Verma".getBytes(StandardCharsets.US_ASCII)));
        odd.write(png, 33, png.length - 33);
        odd.write("Rahul Verma".getBytes(StandardCharsets.US_ASCII));

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(odd.toByteArray()), "image/png", copy);

        assertEquals(List.of("PNG prVt", "data after the end of the image"), result.removed());
        assertArrayEquals(png, copy.toByteArray());
    }

    @Test
    void fileThatIsNotAPngIsRefusedAndLeavesNoCopy() throws IOException {
        Path original = Files.writeString(temp.resolve("fake.png"), "not a picture");
        Path copy = temp.resolve("copy.png");
        assertThrows(IOException.class, () -> PublicCopy.write(original, "image/png", copy));
        assertFalse(Files.exists(copy));
    }

    static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = (png[at] & 0xFF) << 24 | (png[at + 1] & 0xFF) << 16 | (png[at + 2] & 0xFF) << 8
                    | png[at + 3] & 0xFF;
            types.add(new String(png, at + 4, 4, StandardCharsets.ISO_8859_1));
            at += 12 + length;
        }
        return types;
    }
}
