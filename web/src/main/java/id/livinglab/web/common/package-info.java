/**
 * What the pages share: chart configurations, messages and error pages, and the cache of public
 * pages (for anonymous visitors, and for logged-in users with their own header put in).
 */
package id.livinglab.web.common;
