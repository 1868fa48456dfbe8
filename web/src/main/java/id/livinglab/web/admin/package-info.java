/** The administrator's pages: peer groups. */
package id.livinglab.web.admin;
