/** What the pages share: chart configurations. */
package id.livinglab.web.common;
