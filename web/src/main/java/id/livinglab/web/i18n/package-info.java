/** Languages: Bahasa Indonesia first, English second; every string is in the bundles. */
package id.livinglab.web.i18n;
