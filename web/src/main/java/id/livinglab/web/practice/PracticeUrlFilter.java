package id.livinglab.web.practice;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the readable addresses of the exchange: {@code /praktik-baik} (the catalogue, its filters
 * in the query string) and {@code /praktik-baik/12} (one practice), so that officials can share and
 * bookmark them.
 */
@WebFilter(filterName = "PracticeUrlFilter")
public class PracticeUrlFilter extends HttpFilter {

  static final String BASE = "/praktik-baik";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getCharacterEncoding() == null) {
      // Reading a parameter fixes the encoding: set it first, as Faces would.
      req.setCharacterEncoding("UTF-8");
    }
    String path = req.getRequestURI().substring(req.getContextPath().length() + BASE.length());
    if (path.isEmpty() || path.equals("/")) {
      req.getRequestDispatcher("/practice/catalogue.xhtml").forward(req, res);
    } else if (path.equals("/peta")) {
      req.getRequestDispatcher("/practice/spread.xhtml").forward(req, res);
    } else if (path.matches("/\\d{1,18}")) {
      req.getRequestDispatcher("/practice/practice.xhtml?id=" + path.substring(1))
          .forward(req, res);
    } else {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
