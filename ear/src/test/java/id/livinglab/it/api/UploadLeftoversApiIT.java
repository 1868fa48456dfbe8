package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An upload that fails on the way in leaves nothing in {@code <data-dir>/evidence/tmp} (issue 11,
 * point 10): a multipart body cut before its closing boundary, complete as an HTTP request or cut
 * off by a client that goes away, sent over a raw socket as a careless or hostile client would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadLeftoversApiIT {

  private static final int YEAR = 2022;
  private static final String PATH = "api/v1/assessments/" + YEAR + "/32.11/indicators/1/evidence";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Path tmp = Path.of(System.getProperty("it.data.dir"), "evidence", "tmp");

  /** The multipart body of a real PDF, cut before its closing boundary. */
  private static byte[] cutBody() {
    byte[] whole = Assessments.multipart("terpotong.pdf", Assessments.pdf("x".repeat(20_000)));
    int closing = ("\r\n--" + Assessments.BOUNDARY + "--\r\n").length();
    return Arrays.copyOf(whole, whole.length - closing - 100);
  }

  /** Sends the head and {@code body}, declaring {@code declared} bytes; the status line, if any. */
  private static String send(byte[] body, int declared) throws IOException {
    URI base = URI.create(Deployments.baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      String head =
          "POST "
              + base.getPath()
              + PATH
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + ":"
              + base.getPort()
              + "\r\nAuthorization: "
              + Assessments.user("operator.sumedang")
              + "\r\nContent-Type: multipart/form-data; boundary="
              + Assessments.BOUNDARY
              + "\r\nContent-Length: "
              + declared
              + "\r\nConnection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      socket.shutdownOutput();
      try {
        return new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
            .readLine();
      } catch (IOException gone) {
        return null;
      }
    }
  }

  private List<Path> leftovers() throws IOException {
    if (!Files.isDirectory(tmp)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(tmp)) {
      return files.toList();
    }
  }

  /**
   * Nothing but what was there {@code before}. A file left behind stays: waiting a little only
   * gives a slow server its time.
   */
  private void assertNothingLeft(List<Path> before) throws Exception {
    for (int i = 0; i < 20 && !leftovers().equals(before); i++) {
      Thread.sleep(250);
    }
    assertEquals(before, leftovers());
  }

  @Test
  void aBodyCutBeforeItsClosingBoundaryIsRefusedAndLeavesNothing() throws Exception {
    new Assessments().openPeriod(YEAR);
    byte[] body = cutBody();
    List<Path> before = leftovers();

    String status = send(body, body.length);

    assertTrue(status != null && status.startsWith("HTTP/1.1 400"), status);
    assertNothingLeft(before);
  }

  @Test
  void aClientThatGoesAwayMidBodyLeavesNothing() throws Exception {
    new Assessments().openPeriod(YEAR);
    byte[] body = cutBody();
    List<Path> before = leftovers();

    send(body, body.length + 50_000);

    assertNothingLeft(before);
  }
}
