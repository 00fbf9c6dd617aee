/**
 * The documents the product hands over, written with Apache POI: each a function of data already
 * computed (reviews, marks), never re-analysing a report or querying the archive.
 */
package org.shuzhi.export;
