"""The pages of partnerships, one module per feature:

- needs: the donors' needs browser and its CSV / JSON exports
- interest: the Platform for Partnerships (a donor's interest in a need, the
  State's answer)
- partnerships: partnerships for completion (list, detail, edit, and their
  partners, objectives, commitments and dialogue)
- partners: the partners that take part in them
- platforms: a State's National Mine Action Platform
- dashboards: the charts and the cross-country dashboard
"""
