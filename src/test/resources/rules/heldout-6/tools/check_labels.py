#!/usr/bin/env python3
"""Checks heldout-6: each labels row aligns with its paragraph (a .txt line, a run-together segment after a space,
or a .docx paragraph / non-empty table cell in document order); defects point at existing rows; manifest ids match."""
import os, sys, re, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
D=sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
def units(path):
    if path.endswith('.txt'):
        return [l for l in open(path,encoding='utf-8').read().split('\n') if l.strip()]
    d=docx.Document(path); out=[]
    for el in d.element.body.iterchildren():
        tag=el.tag.split('}')[1]
        if tag=='p':
            t=Paragraph(el,d).text
            if t.strip(): out.append(t)
        elif tag=='tbl':
            for row in Table(el,d).rows:
                for c in row.cells:
                    if c.text.strip(): out.append(c.text)
    return out
ok=True; stats={}
ids=[l.split('\t')[0] for l in open(os.path.join(D,'manifest.tsv'),encoding='utf-8') if not l.startswith('#')] if os.path.exists(os.path.join(D,'manifest.tsv')) else []
nlab={}
for fn in sorted(os.listdir(os.path.join(D,'reports'))):
    rid,ext=os.path.splitext(fn)
    U=units(os.path.join(D,'reports',fn))
    L=[l.rstrip('\n').split('\t') for l in open(os.path.join(D,'labels',rid+'.tsv'),encoding='utf-8')]
    nlab[rid]=len(L)
    ui=0; pos=0; starts_hit=set()
    for j,(i,k,f10,sec) in enumerate(L):
        assert int(i)==j, (rid,i)
        assert k in ('achievement','problem','plan','other','debris'), (rid,i,k)
        assert sec in ('achievement','problem','plan','other'), (rid,i,sec)
        if k=='debris': assert sec=='other'
        # either starts the next unit, or continues in current unit after a space
        if ui<len(U) and U[ui][pos:].find(f10)>=0 and U[ui][pos:].find(f10)>0 and U[ui][pos+U[ui][pos:].find(f10)-1]==' ' and pos>0:
            pos=pos+U[ui][pos:].find(f10)+len(f10)
        else:
            if j>0: ui+=1
            if ui>=len(U) or not U[ui].startswith(f10):
                print('MISMATCH',rid,i,f10, U[ui][:20] if ui<len(U) else None); ok=False; break
            if len(f10)<10 and U[ui]!=f10 and not U[ui][len(f10)] in ' \n':
                print('SHORT',rid,i,f10); ok=False
            pos=len(f10)
    if ui!=len(U)-1: print('UNITS LEFT',rid,ui,len(U)); ok=False
    # each run-together segment: f10 length 10 unless the segment itself is shorter
print('labels ok' if ok else 'labels FAIL')
for l in open(os.path.join(D,'defects.tsv'),encoding='utf-8'):
    if l.startswith('#'): continue
    rid,p,rule,note=l.rstrip('\n').split('\t')
    if rid not in nlab: print('bad id',rid); ok=False
    elif p!='-' and not (0<=int(p)<nlab[rid]): print('bad idx',rid,p); ok=False
if ids and set(ids)!=set(nlab): print('manifest mismatch', set(ids)^set(nlab)); ok=False
print('ALL OK' if ok else 'FAIL')
