package id.livinglab.web.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Keeps a language chosen with {@code ?lang=id|en} in the session, on any page. */
@WebFilter(filterName = "LanguageFilter")
public class LanguageFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getCharacterEncoding() == null) {
      // Reading a parameter fixes the encoding: set it first, as Faces would.
      req.setCharacterEncoding("UTF-8");
    }
    String lang = req.getParameter("lang");
    if (lang != null) {
      req.getSession().setAttribute(Languages.SESSION_KEY, Languages.parse(lang));
    }
    chain.doFilter(req, res);
  }
}
