/**
 * The small shared kernel: code value types (credit code, division code), field errors, paging.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.qualityguard.shared;
