package id.livinglab.web.common;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.time.Instant;

/**
 * Serves public pages to anonymous visitors from {@link PublicPageCache}. Only a GET without a
 * session, a login or credentials is served or stored, and only a 200 HTML answer that opened no
 * session: a page that keeps state per visitor (a form's view state) is never shared.
 */
@WebFilter(filterName = "PublicPageFilter")
public class PublicPageFilter extends HttpFilter {

  @Inject private PublicPageCache cache;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(req.getMethod())
        || req.getSession(false) != null
        || req.getHeader("Authorization") != null
        || req.getParameter("lang") != null
        || req.getRequestedSessionId() != null) {
      chain.doFilter(req, res);
      return;
    }
    String key =
        req.getRequestURI() + "?" + (req.getQueryString() == null ? "" : req.getQueryString());
    PublicPageCache.Page page = cache.get(key);
    if (page != null) {
      res.setContentType(page.contentType());
      res.setContentLength(page.body().length);
      res.getOutputStream().write(page.body());
      return;
    }
    Capture capture = new Capture(res);
    chain.doFilter(req, capture);
    byte[] body = capture.body();
    if (capture.getStatus() == 200
        && req.getSession(false) == null
        && capture.getContentType() != null
        && capture.getContentType().startsWith("text/html")) {
      cache.put(key, new PublicPageCache.Page(body, capture.getContentType(), Instant.now()));
    }
    if (!res.isCommitted()) {
      res.setContentLength(body.length);
    }
    res.getOutputStream().write(body);
  }

  /** Collects the page while it is rendered, to send it and keep it. */
  private static final class Capture extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;

    Capture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                bytes.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                // Written synchronously into memory.
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
        writer =
            new PrintWriter(
                new OutputStreamWriter(bytes, java.nio.charset.Charset.forName(charset)));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void setContentLength(int len) {
      // The real length is set when the captured page is sent.
    }

    @Override
    public void setContentLengthLong(long len) {
      // As above.
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return bytes.toByteArray();
    }
  }
}
