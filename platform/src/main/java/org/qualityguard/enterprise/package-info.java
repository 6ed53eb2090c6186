/**
 * The enterprise registry keyed by the GB 32100 unified social credit code: register, edit, find, import, export.
 */
package org.qualityguard.enterprise;
