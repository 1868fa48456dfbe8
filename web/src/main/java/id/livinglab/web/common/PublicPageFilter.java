package id.livinglab.web.common;

import id.livinglab.web.i18n.Languages;
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
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Serves public pages from {@link PublicPageCache}, keyed by address and language, to anonymous
 * visitors and, on pages whose body is the same for everyone, to logged-in users with their own
 * header put in ({@link PersonalHeader}): rendering a portrait costs tens of milliseconds, copying
 * it a few microseconds.
 *
 * <p>Only what an anonymous visitor received is ever shared: a page is kept only when it was
 * rendered for nobody (no caller), answered 200 with HTML and keeps no state per visitor (it opened
 * no session, or has no form state). A logged-in user's render is never kept for others; from it
 * only the user's own header is kept, in the user's session. So a page that (wrongly) marked a
 * personal body as public would show a logged-in user the public page, never someone else's. The
 * cost: a logged-in user renders a page until an anonymous visitor has rendered it.
 */
@WebFilter(filterName = "PublicPageFilter")
public class PublicPageFilter extends HttpFilter {

  /** Form state other than "stateless" is state kept per visitor. */
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"(?!stateless\")");

  @Inject private PublicPageCache cache;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(req.getMethod())
        || req.getHeader("Authorization") != null
        || req.getParameter("lang") != null) {
      chain.doFilter(req, res);
      return;
    }
    HttpSession session = req.getSession(false);
    Principal user = req.getUserPrincipal();
    Locale language = Languages.of(req);
    String key =
        req.getRequestURI()
            + "?"
            + (req.getQueryString() == null ? "" : req.getQueryString())
            + "#"
            + language.getLanguage();
    PublicPageCache.Page page = cache.get(key);
    byte[] header = page == null ? null : header(page, session, user, language);
    if (header != null) {
      send(res, page, header);
      return;
    }
    Capture capture = new Capture(res);
    chain.doFilter(req, capture);
    if (capture.errorSent) {
      // The container renders the error page (an unknown code's 404) into the real response:
      // touching its stream here made that page fail, with three stack traces in the log.
      return;
    }
    byte[] body = capture.body();
    if (capture.getStatus() == 200
        && capture.getContentType() != null
        && capture.getContentType().startsWith("text/html")) {
      PublicPageCache.Page rendered = PublicPageCache.Page.of(body, capture.getContentType());
      if (user == null && shareable(req, session, body)) {
        cache.put(key, rendered);
      } else if (user != null && rendered.personalised() && req.getSession(false) != null) {
        PersonalHeader.keep(req.getSession(false), user.getName(), language, rendered.personal());
      }
    }
    if (!res.isCommitted()) {
      res.setContentLength(body.length);
    }
    res.getOutputStream().write(body);
  }

  /**
   * The header to put into a cached page for this viewer: an anonymous visitor gets the page as it
   * was rendered; a logged-in user their own header, if the page has a place for it and the user's
   * header is known; else null (render the page).
   */
  private static byte[] header(
      PublicPageCache.Page page, HttpSession session, Principal user, Locale language) {
    if (user == null) {
      return page.personal();
    }
    if (!page.personalised() || session == null) {
      return null;
    }
    return PersonalHeader.find(session, user.getName(), language);
  }

  /** Whether a page just rendered for an anonymous visitor holds nothing of that visitor's. */
  private static boolean shareable(HttpServletRequest req, HttpSession before, byte[] body) {
    if (req.getUserPrincipal() != null) {
      return false;
    }
    if (before == null) {
      return req.getSession(false) == null;
    }
    return !VIEW_STATE.matcher(new String(body, StandardCharsets.ISO_8859_1)).find();
  }

  private static void send(HttpServletResponse res, PublicPageCache.Page page, byte[] header)
      throws IOException {
    res.setContentType(page.contentType());
    res.setContentLength(page.length(header));
    ServletOutputStream out = res.getOutputStream();
    out.write(page.before());
    out.write(header);
    out.write(page.after());
  }

  /** Collects the page while it is rendered, to send it and keep it. */
  private static final class Capture extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;
    private boolean errorSent;

    Capture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      errorSent = true;
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      errorSent = true;
      super.sendError(status, message);
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
        writer = new PrintWriter(new OutputStreamWriter(bytes, Charset.forName(charset)));
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
