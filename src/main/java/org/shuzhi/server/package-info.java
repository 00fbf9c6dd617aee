/**
 * What a shared server keeps beside the archive: accounts with roles and their hashed passwords, login
 * throttling, the audit log of every change, and reviewers' marks on findings. All of it lives in one
 * folder beside the archive ({@link org.shuzhi.server.ServerFolder}) and survives restarts; nothing here
 * knows HTTP or Lucene.
 */
package org.shuzhi.server;
