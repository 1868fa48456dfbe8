/**
 * Notifications by e-mail (Jakarta Mail), when the server has mail configured: what waits for a
 * user's move reaches them in their inbox on the platform and, where mail is set up, by e-mail.
 * Sending never holds up or undoes the change that caused it.
 */
package id.livinglab.notification;
