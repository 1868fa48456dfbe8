package id.livinglab.api.assessment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.livinglab.common.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartFileTest {

  private static final String BOUNDARY = "----b0undary";
  private static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

  private static byte[] body(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhalo\r\n--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bukti.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  /** Hands out a few bytes per read, as a slow network does. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
  }

  @Test
  void theFilePartIsReadWholeAfterTheOtherParts() throws IOException {
    byte[] content = new byte[300_000];
    new Random(7).nextBytes(content);
    // Near-delimiters inside the content must stay content.
    byte[] tricky = ("\r\n--" + BOUNDARY.substring(0, 8)).getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(tricky, 0, content, 65_530, tricky.length);
    MultipartFile file = MultipartFile.open(trickle(body(content)), TYPE);
    assertEquals("bukti.pdf", file.fileName());
    assertArrayEquals(content, file.content().readAllBytes());
  }

  @Test
  void anEmptyFileIsEmpty() throws IOException {
    MultipartFile file = MultipartFile.open(new ByteArrayInputStream(body(new byte[0])), TYPE);
    assertEquals(0, file.content().readAllBytes().length);
  }

  @Test
  void aBodyWithoutAFilePartIsRefused() {
    byte[] body =
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n--"
                + BOUNDARY
                + "--\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    var e =
        assertThrows(
            InvalidInputException.class,
            () -> MultipartFile.open(new ByteArrayInputStream(body), TYPE));
    assertEquals("error.evidence.noFile", e.messageKey());
  }

  @Test
  void aTruncatedBodyIsRefused() throws IOException {
    byte[] whole = body(new byte[1000]);
    byte[] cut = Arrays.copyOf(whole, whole.length - 30);
    MultipartFile file = MultipartFile.open(new ByteArrayInputStream(cut), TYPE);
    assertThrows(InvalidInputException.class, () -> file.content().readAllBytes());
  }

  @Test
  void anotherContentTypeIsRefused() {
    assertThrows(
        InvalidInputException.class,
        () -> MultipartFile.open(new ByteArrayInputStream(new byte[10]), "application/pdf"));
    assertThrows(
        InvalidInputException.class,
        () -> MultipartFile.open(new ByteArrayInputStream(new byte[10]), null));
  }
}
