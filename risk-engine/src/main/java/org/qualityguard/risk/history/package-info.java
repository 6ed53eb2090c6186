/** Time-decayed compliance counts along the HS hierarchy, origin, parties and their crosses, shrunk toward parents. */
package org.qualityguard.risk.history;
