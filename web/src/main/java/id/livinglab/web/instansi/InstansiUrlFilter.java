package id.livinglab.web.instansi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves the readable portrait address {@code /instansi/32.11} from {@code
 * /instansi/portrait.xhtml?code=32.11}, so that officials can share and bookmark it.
 */
@WebFilter(filterName = "InstansiUrlFilter")
public class InstansiUrlFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getCharacterEncoding() == null) {
      // Reading a parameter fixes the encoding: set it first, as Faces would.
      req.setCharacterEncoding("UTF-8");
    }
    String path =
        req.getRequestURI().substring(req.getContextPath().length() + "/instansi/".length());
    if (path.isEmpty() || path.endsWith(".xhtml") || path.contains("/")) {
      chain.doFilter(req, res);
      return;
    }
    String code = URLDecoder.decode(path, StandardCharsets.UTF_8);
    req.getRequestDispatcher(
            "/instansi/portrait.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
        .forward(req, res);
  }
}
