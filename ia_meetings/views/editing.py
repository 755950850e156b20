"""Adding or changing a record of a meeting (an action point, a follow-up)
through its form, with both versions shown if someone saved meanwhile."""

from django.contrib import messages
from django.shortcuts import redirect, render

from portal.editing import form_save


def meeting_record_edit(
    request, *, meeting, instance, form_class, add, update, saved_message, anchor
):
    """Add (instance None) or change an action point or a follow-up."""
    form = form_class(request.POST or None, instance=instance, meeting=meeting)
    context = {"form": form, "meeting": meeting, "object": instance}
    if request.method == "POST" and form.is_valid():
        if instance is None:
            ok, saved = form_save(
                form,
                context,
                lambda: add(meeting=meeting, user=request.user, **form.values()),
            )
        else:
            ok, saved = form_save(
                form,
                context,
                lambda: update(
                    instance,
                    user=request.user,
                    expected_version=form.expected_version,
                    **form.values(),
                ),
            )
        if ok:
            messages.success(request, saved_message)
            return redirect(meeting.get_absolute_url() + f"#{anchor}-{saved.pk}")
    return render(
        request,
        f"ia_meetings/{form_class.Meta.model._meta.model_name}_form.html",
        context,
    )
