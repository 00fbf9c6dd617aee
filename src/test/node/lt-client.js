// Runs languagetool-api, a client of LanguageTool's HTTP protocol published on the npm registry, against a
// shuzhi server. Usage: node lt-client.js BASE_URL INPUT.json > OUTPUT.json
// INPUT is {"language": "zh-CN", "texts": ["…", …]}; OUTPUT is {"codes": <the client's codes()>,
// "checks": [{"matches": <the matches the client parsed>, "mistakes": <its showMistakes()>}, …]}.
//
// The client is used as published, with one change from outside: it names LanguageTool's public server
// (https://languagetool.org/api) in its code, so the 'request' module it loads is handed to it with that
// address replaced by BASE_URL. Everything else (its query string, its GET, its JSON parsing, its reading
// of context.offset/length in showMistakes) is the client's own.
'use strict';
const fs = require('fs');
const Module = require('module');

const [base, inputFile] = process.argv.slice(2);
const request = require('request');
const PUBLIC = 'https://languagetool.org/api';
const load = Module._load;
Module._load = function (name, parent, isMain) {
  if (name === 'request') {
    return (url, callback) => request(String(url).replace(PUBLIC, base), callback);
  }
  return load.apply(this, arguments);
};
const lt = require('languagetool-api');

const input = JSON.parse(fs.readFileSync(inputFile, 'utf8'));
const check = (text) => new Promise((resolve, reject) => {
  lt.check({ language: input.language, text }, (error, result) => {
    if (error) return reject(error);
    lt.showMistakes(result, (mistakes) => resolve({ matches: result.matches, mistakes }));
  });
});

lt.codes(async (error, codes) => {
  if (error) throw error;
  const checks = [];
  for (const text of input.texts) checks.push(await check(text));
  process.stdout.write(JSON.stringify({ codes, checks }));
});
