package id.livinglab.api.assessment;

import id.livinglab.common.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the part named {@code file} of a {@code multipart/form-data} body as a stream, without
 * buffering the upload anywhere: the evidence store counts its bytes and stops at the limit, so a 2
 * GB upload never reaches the disk. Other parts before it are skipped.
 */
final class MultipartFile {

  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");
  private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
  private static final int MAX_HEADER_LINE = 8 * 1024;

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buf = new byte[64 * 1024];
  private int start;
  private int end;
  private boolean eof;

  private String fileName;

  private MultipartFile(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Positions {@code body} at the content of its {@code file} part; refuses anything else. */
  static MultipartFile open(InputStream body, String contentType) throws IOException {
    Matcher m = contentType == null ? null : BOUNDARY.matcher(contentType);
    if (m == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
        || !m.find()) {
      throw new InvalidInputException("file", "error.evidence.multipart");
    }
    MultipartFile reader = new MultipartFile(body, m.group(1));
    // The first delimiter has no CRLF before it: pretend it had one.
    reader.buf[0] = '\r';
    reader.buf[1] = '\n';
    reader.end = 2;
    while (true) {
      if (!reader.skipToDelimiter()) {
        throw new InvalidInputException("file", "error.evidence.noFile");
      }
      String after = reader.line();
      if (after.startsWith("--")) {
        throw new InvalidInputException("file", "error.evidence.noFile");
      }
      String name = null;
      String file = null;
      for (String header = reader.line(); !header.isEmpty(); header = reader.line()) {
        if (header.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
          Matcher n = NAME.matcher(header);
          name = n.find() ? n.group(1) : null;
          Matcher f = FILENAME.matcher(header);
          file =
              f.find()
                  ? new String(
                      f.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                  : null;
        }
      }
      if ("file".equals(name)) {
        reader.fileName = file;
        return reader;
      }
    }
  }

  String fileName() {
    return fileName;
  }

  /** The part's content, ending where the next delimiter starts. */
  InputStream content() {
    return new InputStream() {
      private boolean done;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (done) {
          return -1;
        }
        fill(Math.max(delimiter.length, buf.length / 2));
        int at = indexOfDelimiter();
        int available;
        if (at >= 0) {
          available = at - start;
          if (available == 0) {
            done = true;
            return -1;
          }
        } else if (eof) {
          throw new InvalidInputException("file", "error.evidence.multipart");
        } else {
          // Bytes that cannot be the beginning of a delimiter are safe to hand out.
          available = end - start - delimiter.length + 1;
        }
        int n = Math.min(len, available);
        System.arraycopy(buf, start, b, off, n);
        start += n;
        return n;
      }
    };
  }

  private boolean skipToDelimiter() throws IOException {
    while (true) {
      fill(delimiter.length);
      int at = indexOfDelimiter();
      if (at >= 0) {
        start = at + delimiter.length;
        return true;
      }
      if (eof) {
        return false;
      }
      start = Math.max(start, end - delimiter.length + 1);
    }
  }

  private int indexOfDelimiter() {
    outer:
    for (int i = start; i <= end - delimiter.length; i++) {
      for (int j = 0; j < delimiter.length; j++) {
        if (buf[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private String line() throws IOException {
    StringBuilder s = new StringBuilder();
    while (true) {
      fill(2);
      if (start >= end) {
        throw new InvalidInputException("file", "error.evidence.multipart");
      }
      byte c = buf[start++];
      if (c == '\r' && start < end && buf[start] == '\n') {
        start++;
        return s.toString();
      }
      s.append((char) (c & 0xff));
      if (s.length() > MAX_HEADER_LINE) {
        throw new InvalidInputException("file", "error.evidence.multipart");
      }
    }
  }

  /**
   * Makes at least {@code wanted} bytes available unless the body ends first; {@code wanted} is
   * never more than half the buffer, so compacting always makes room.
   */
  private void fill(int wanted) throws IOException {
    if (end - start >= wanted || eof) {
      return;
    }
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, end - start);
      end -= start;
      start = 0;
    }
    while (end - start < wanted && !eof) {
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        eof = true;
      } else {
        end += n;
      }
    }
  }
}
