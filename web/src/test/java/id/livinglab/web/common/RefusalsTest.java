package id.livinglab.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A refusal is one bounded line without a stack trace, whatever the request held. */
class RefusalsTest {

  @Test
  void oneLineWithStatusMethodPathAndTheExceptionNoStackTrace() {
    List<LogRecord> records = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(Refusals.class.getName());
    logger.addHandler(handler);
    try {
      Refusals.log(404, "GET", "/livinglab/api/v1/instansi/99.99", new IllegalStateException("x"));
    } finally {
      logger.removeHandler(handler);
    }

    assertEquals(1, records.size());
    assertEquals(Level.INFO, records.get(0).getLevel());
    assertNull(records.get(0).getThrown(), "no stack trace");
    assertEquals(
        "Refused 404 GET /livinglab/api/v1/instansi/99.99: IllegalStateException x",
        records.get(0).getMessage());
  }

  @Test
  void whatCameFromTheRequestIsCutAndHasNoLineBreaks() {
    String line =
        Refusals.line(
            400, "GET", "/x/" + "a".repeat(5000), new IllegalArgumentException("b\r\nFAKE ENTRY"));

    assertTrue(line.length() < 2 * Refusals.MAX + 100, line);
    assertFalse(line.contains("\n") || line.contains("\r"), line);
    assertTrue(line.endsWith("b??FAKE ENTRY"), line);
  }
}
