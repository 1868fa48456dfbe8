/** Login and the authentication mechanism: form for pages, HTTP Basic for the API. */
package id.livinglab.web.security;
