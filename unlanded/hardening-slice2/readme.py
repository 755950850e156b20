p='README.md'
s=open(p).read()
old='''  two word by word (`portal.diff.word_diff`, difflib). Locking and reopening are'''
assert old in s
s=s.replace(old,'''  two word by word (`portal.diff.word_diff`: a patience diff with a budget, so
  two minutes of 20,000 characters compare in under 0.2 s; difflib alone took
  39 s on 800 repeated words). Locking and reopening are''')
old='''  a longer text is refused with that message and nothing is saved.
'''
assert old in s
s=s.replace(old,'''  a longer text is refused with that message and nothing is saved. The same
  holds for Article 7 (narratives and guidance 20,000, an edition's note
  2,000), an action point's progress note (5,000), an offer or request of
  expertise (5,000) and a pasted list of participants (200,000, as its CSV
  file). A note sent with a meeting's change of status (300) or with a change
  notice (2,000) is refused with a message when longer, never cut.
''',1)
old='''  `portal.services.versioned_update`; templates show the stored HTML. The'''
assert old in s
s=s.replace(old,'''  `portal.services.versioned_update`; templates show the stored HTML (Article
  7's narratives and guidance, progress notes and need translations too). The''')
old='''  taken over as the same version. Rendering claims the version first, so a
  version handed twice is still rendered once.
'''
assert old in s
s=s.replace(old,old+'''  The committee's dossiers have the same sweep (`committee.dossier_sweep`,
  every minute), and neither task consults the result store
  (`ignore_result`), so asking for one never fails because Redis is down.
''',1)
open(p,'w').write(s)
