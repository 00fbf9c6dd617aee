/**
 * What a shared server keeps beside the archive: accounts with roles and their hashed passwords, login
 * throttling, the audit log of every change, reviewers' marks on findings, and the 评阅 page's saved batches
 * (会议材料: a meeting's reports with their reviews and the reviewer's edits). All of it lives in one
 * folder beside the archive ({@link org.shuzhi.server.ServerFolder}) and survives restarts; nothing here
 * knows HTTP or Lucene.
 */
package org.shuzhi.server;
