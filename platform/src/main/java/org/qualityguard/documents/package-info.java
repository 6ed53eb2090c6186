/**
 * Official documents (执法文书): a decision or notice issued with its number in the official format, a verification
 * code, its PDF in a Chinese font and the PDF's SHA-256, kept unchanged once issued; the public check of a code on the
 * portal and the staff download within their division. Depends on identity (staff, permissions, audit trail, rate
 * limits) and shared only; enforcement and the annual report call its public face.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared"})
package org.qualityguard.documents;
