"""Every write to IA meetings, one module per part of a meeting.

Permission checks happen in the views (ia_meetings/rules.py); these functions
keep the rules of the domain: valid dates and time zones, allowed status
changes (status.py), one e-mail per participant, file types and sizes, and
optimistic concurrency on everything two people may edit at once
(portal.services.versioned_update). Side effects wait for the commit
(portal.effects.on_commit).

- meetings.py: propose, change, and move a meeting through its statuses
- agenda.py: the standard agenda and its items, presentation and minutes
- participants.py: the list, attendance, and queueing the invitations
- invitations.py: the invitation e-mails and the signed links to answer them
- materials.py: presentations and documents uploaded for agenda items
- action_points.py, follow_up.py: what the meeting decided and what follows
- country_page.py: what the country page must forget when a meeting changes
"""
