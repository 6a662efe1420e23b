package org.abhilekh.safeguarding.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** A JPEG or PNG picture inside a document (Office or OpenDocument), cleaned as a photo on its own would be. */
final class EmbeddedImage {

    private EmbeddedImage() {
    }

    static byte[] clean(byte[] image, boolean jpeg, RemovalReport report) throws IOException {
        if (jpeg) {
            return JpegMetadataRemover.clean(image, report);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(image.length);
        PngMetadataRemover.copy(new ByteArrayInputStream(image), png, report);
        return png.toByteArray();
    }
}
