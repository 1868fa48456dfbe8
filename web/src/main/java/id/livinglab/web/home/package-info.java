/** The home page: the national picture. */
package id.livinglab.web.home;
