"""Admins build pulses: the question bank, teams and the roster, surveys and their rounds."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, request, url_for
from flask_login import current_user
from sqlalchemy.exc import IntegrityError

from portal import audit
from portal.auth.roles import role_required
from portal.display import local_time
from portal.extensions import db
from portal.htmx import render
from portal.models import Organisation, PulseSurvey, StaffMember, Team
from portal.models.common import Role, utcnow
from portal.pulse import building
from portal.pulse.admin_forms import (
    FindMemberForm,
    MemberForm,
    MoveForm,
    OpenRoundForm,
    QuestionForm,
    RenameTeamForm,
    RosterImportForm,
    SurveyForm,
    TeamForm,
)
from portal.pulse.building import BuildError

bp = Blueprint("pulse_admin", __name__, url_prefix="/admin/pulse")

CHANGED_AT_ONCE = (
    "Someone else changed this at the same moment, so your change was not saved. "
    "Check the page and try again."
)


def _see_other(endpoint: str, **values):
    return redirect(url_for(endpoint, **values), code=303)


@bp.get("/")
@role_required(Role.ADMIN)
def index():
    """Where an admin starts: the question bank, teams and roster, and the pulses."""
    return render(
        "pulse/admin/index.html",
        title="Staff pulse",
        question_count=len(building.bank(active=True)),
        team_count=len(building.teams(active=True)),
        people=sum(building.team_sizes().values()),
        survey_count=len(building.surveys()),
    )


# --- The question bank ------------------------------------------------------------------------


def _questions_page(form: QuestionForm, status: int = 200):
    questions = building.bank()
    return render(
        "pulse/admin/questions.html",
        status=status,
        title="Pulse question bank",
        page_has_errors=bool(form.errors),
        form=form,
        active=[q for q in questions if q.active],
        retired=[q for q in questions if not q.active],
        use=building.question_use(),
        kinds=building.KIND_SHORT,
    )


@bp.route("/questions", methods=["GET", "POST"])
@role_required(Role.ADMIN)
def questions():
    """The bank, active and retired, and the form to add a question."""
    form = QuestionForm()
    if form.validate_on_submit():
        try:
            question = building.add_question(
                form.text.data, form.kind.data, form.option_list(), current_user
            )
        except BuildError as problem:
            form.text.errors.append(str(problem))
        else:
            db.session.commit()
            flash(f"Added to the bank: “{question.text}”")
            return _see_other("pulse_admin.questions")
    return _questions_page(form, status=422 if form.errors else 200)


def _set_question_active(question_id: int, active: bool):
    question = building.set_question_active(question_id, active, current_user) or abort(404)
    db.session.commit()
    if active:
        flash(f"Restored: “{question.text}” can be chosen for pulses again.")
    else:
        flash(
            f"Retired: “{question.text}”. It stays in the bank with its wording for the rounds "
            "that asked it, and pulses that ask it now keep it until you edit them."
        )
    return _see_other("pulse_admin.questions")


@bp.post("/questions/<int:question_id>/retire")
@role_required(Role.ADMIN)
def retire_question(question_id: int):
    """Stop offering a question for new pulses. Nothing is deleted."""
    return _set_question_active(question_id, False)


@bp.post("/questions/<int:question_id>/restore")
@role_required(Role.ADMIN)
def restore_question(question_id: int):
    """Offer a retired question again."""
    return _set_question_active(question_id, True)


# --- Teams and the roster ---------------------------------------------------------------------


def _teams_page(
    status: int = 200,
    team_form: TeamForm | None = None,
    import_form: RosterImportForm | None = None,
    member_form: MemberForm | None = None,
    roster_problems: list[building.RosterProblem] | None = None,
):
    organisations = Organisation.active_with_services()
    all_teams = building.teams()
    active_teams = [t for t in all_teams if t.active]
    team_form = team_form or TeamForm.with_choices(organisations, formdata=None)
    import_form = import_form or RosterImportForm(prefix="roster", formdata=None)
    member_form = member_form or MemberForm.with_teams(active_teams, formdata=None)
    errors = bool(team_form.errors or import_form.errors or member_form.errors)
    return render(
        "pulse/admin/teams.html",
        status=status,
        title="Teams and roster",
        page_has_errors=errors,
        teams=all_teams,
        sizes=building.team_sizes(),
        team_form=team_form,
        import_form=import_form,
        member_form=member_form,
        find_form=FindMemberForm(formdata=None),
        roster_problems=roster_problems or [],
    )


@bp.get("/teams")
@role_required(Role.ADMIN)
def teams():
    """Every team with its size, and the forms to add teams and people."""
    return _teams_page()


@bp.post("/teams")
@role_required(Role.ADMIN)
def add_team():
    """Add a team to an agency (and a service, if chosen)."""
    form = TeamForm.with_choices(Organisation.active_with_services())
    if form.validate():
        try:
            team = building.add_team(
                int(form.organisation.data), form.service_id(), form.name.data, current_user
            )
        except BuildError as problem:
            form[problem.field or "name"].errors.append(str(problem))
        else:
            db.session.commit()
            flash(f"Added the team {team.name}.")
            return _see_other("pulse_admin.teams")
    return _teams_page(status=422, team_form=form)


@bp.post("/roster")
@role_required(Role.ADMIN)
def import_roster():
    """Add or update people from pasted "email,team name" lines: all of them, or none."""
    form = RosterImportForm(prefix="roster")
    problems: list[building.RosterProblem] = []
    if form.validate():
        check = building.check_roster(form.lines.data)
        problems = check.problems
        if not problems and not check.lines:
            form.lines.errors.append("Paste at least one line: an email address, a comma, a team")
        elif problems:
            # Nothing is imported while any line is wrong: a half-imported roster would make
            # teams look smaller than they are, and change who is invited, without anyone
            # noticing. The paste stays in the box, so fixing the listed lines is quick.
            count = len(problems)
            form.lines.errors.append(
                f"{count} {'line has a problem' if count == 1 else 'lines have problems'}, "
                "so nothing was imported. Correct the lines listed below the box and import again"
            )
        else:
            try:
                result = building.import_roster(check.lines, current_user)
                db.session.commit()
            except IntegrityError:
                db.session.rollback()
                form.lines.errors.append(
                    "Someone else changed the roster at the same moment, so nothing was "
                    "imported. Import again"
                )
            else:
                flash(result.summary())
                return _see_other("pulse_admin.teams")
    return _teams_page(status=422, import_form=form, roster_problems=problems)


@bp.post("/people")
@role_required(Role.ADMIN)
def add_member():
    """Put one person on the roster."""
    form = MemberForm.with_teams(building.teams(active=True))
    if form.validate():
        try:
            member = building.add_member(form.email.data, int(form.team.data), current_user)
            db.session.commit()
        except BuildError as problem:
            db.session.rollback()
            form.email.errors.append(str(problem))
        except IntegrityError:
            db.session.rollback()
            form.email.errors.append(f"{form.email.data} was put on the roster a moment ago")
        else:
            flash(f"Added {member.email} to {member.team.name}.")
            return _see_other("pulse_admin.teams")
    return _teams_page(status=422, member_form=form)


@bp.get("/people")
@role_required(Role.ADMIN)
def find_member():
    """Find someone on the roster by their email address."""
    email = (request.args.get("email") or "").strip()
    member = building.find_member(email) if email else None
    if member is not None:
        return _see_other("pulse_admin.member", member_id=member.id)
    flash(
        f"Nobody with the email address {email} is on the roster."
        if email
        else "Enter an email address to find someone."
    )
    return _see_other("pulse_admin.teams")


def _team_or_404(team_id: int) -> Team:
    return db.session.get(Team, team_id) or abort(404)


def _team_page(team: Team, form: RenameTeamForm | None = None, status: int = 200, problem=None):
    form = form or RenameTeamForm(formdata=None, data={"name": team.name})
    return render(
        "pulse/admin/team.html",
        status=status,
        title=team.name,
        page_has_errors=bool(form.errors or problem),
        team=team,
        form=form,
        problem=problem,
        members=building.members(team),
    )


@bp.route("/teams/<int:team_id>", methods=["GET", "POST"])
@role_required(Role.ADMIN)
def team(team_id: int):
    """One team: its people, and renaming or retiring it."""
    team = _team_or_404(team_id)
    if request.method == "GET":
        return _team_page(team)
    form = RenameTeamForm()
    if form.validate():
        try:
            building.rename_team(team, form.name.data, current_user)
        except BuildError as problem:
            form.name.errors.append(str(problem))
        else:
            db.session.commit()
            flash(f"The team is now called {team.name}.")
            return _see_other("pulse_admin.team", team_id=team.id)
    return _team_page(team, form, status=422)


def _set_team_active(team_id: int, active: bool):
    team = _team_or_404(team_id)
    try:
        building.set_team_active(team, active, current_user)
    except BuildError as problem:
        db.session.rollback()
        return _team_page(team, status=422, problem=str(problem))
    db.session.commit()
    flash(f"{team.name} is {'active again' if active else 'retired'}.")
    return _see_other("pulse_admin.team", team_id=team.id)


@bp.post("/teams/<int:team_id>/retire")
@role_required(Role.ADMIN)
def retire_team(team_id: int):
    """Retire a team that has nobody left on it. Its past results stay."""
    return _set_team_active(team_id, False)


@bp.post("/teams/<int:team_id>/restore")
@role_required(Role.ADMIN)
def restore_team(team_id: int):
    """Make a retired team active again."""
    return _set_team_active(team_id, True)


def _member_or_404(member_id: int) -> StaffMember:
    return db.session.get(StaffMember, member_id) or abort(404)


def _member_page(member: StaffMember, form: MoveForm | None = None, status=200, problem=None):
    active_teams = [t for t in building.teams(active=True) if t.id != member.team_id]
    form = form or MoveForm.with_teams(active_teams, formdata=None)
    return render(
        "pulse/admin/member.html",
        status=status,
        title=member.email,
        page_has_errors=bool(form.errors or problem),
        member=member,
        form=form,
        problem=problem,
    )


@bp.get("/people/<int:member_id>")
@role_required(Role.ADMIN)
def member(member_id: int):
    """One person on the roster: move them, deactivate or reactivate them."""
    return _member_page(_member_or_404(member_id))


@bp.post("/people/<int:member_id>/move")
@role_required(Role.ADMIN)
def move_member(member_id: int):
    """Move someone to another team."""
    member = _member_or_404(member_id)
    form = MoveForm.with_teams(building.teams(active=True))
    if form.validate():
        try:
            building.move_member(member, int(form.team.data), current_user)
        except BuildError as problem:
            form.team.errors.append(str(problem))
        else:
            db.session.commit()
            flash(f"{member.email} is now in {member.team.name}.")
            return _see_other("pulse_admin.member", member_id=member.id)
    return _member_page(member, form, status=422)


def _set_member_active(member_id: int, active: bool):
    member = _member_or_404(member_id)
    try:
        building.set_member_active(member, active, current_user)
    except BuildError as problem:
        return _member_page(member, status=422, problem=str(problem))
    db.session.commit()
    if active:
        flash(f"{member.email} is active again and will be invited to the next rounds.")
    else:
        flash(f"{member.email} is deactivated and will not be invited to any new round.")
    return _see_other("pulse_admin.member", member_id=member.id)


@bp.post("/people/<int:member_id>/deactivate")
@role_required(Role.ADMIN)
def deactivate_member(member_id: int):
    """Stop inviting someone (they left, or are away). Nobody is deleted."""
    return _set_member_active(member_id, False)


@bp.post("/people/<int:member_id>/reactivate")
@role_required(Role.ADMIN)
def reactivate_member(member_id: int):
    """Invite someone again."""
    return _set_member_active(member_id, True)


# --- Pulses -----------------------------------------------------------------------------------


@bp.get("/surveys")
@role_required(Role.ADMIN)
def surveys():
    """Every pulse: how often, its threshold, who it goes to, and its next round."""
    all_surveys = building.surveys()
    return render(
        "pulse/admin/surveys.html",
        title="Pulses",
        surveys=all_surveys,
        audiences={s.id: building.audience_names(s) for s in all_surveys},
        cadences=building.CADENCES,
    )


def _survey_form(survey: PulseSurvey | None = None, formdata=None) -> SurveyForm:
    """The form, offering the active bank plus any retired question the pulse asks now."""
    asked = {q.question_id: q.position for q in survey.versions[-1].questions} if survey else {}
    questions = [q for q in building.bank() if q.active or q.id in asked]
    data = None
    if formdata is None:
        if survey is None:
            data = {"threshold": building.default_threshold()}
        else:
            data = {
                "title": survey.title,
                "cadence": survey.cadence,
                "threshold": survey.threshold,
                "audience": [building.audience_value(part) for part in survey.audience],
                "next_round": building.local_day(survey.next_round_at),
                **{f"position_{qid}": position for qid, position in asked.items()},
            }
    groups = building.audience_groups()
    form = SurveyForm.for_bank(questions, groups, formdata=formdata, data=data)
    form.groups = groups
    return form


def _spec(form: SurveyForm, survey: PulseSurvey | None) -> building.SurveySpec:
    day = form.next_round.data
    unchanged = survey is not None and day == building.local_day(survey.next_round_at)
    return building.SurveySpec(
        title=form.title.data,
        cadence=form.cadence.data,
        threshold=form.threshold.data,
        audience=tuple(form.audience.data),
        question_ids=form.chosen_question_ids(),
        # An unchanged date keeps its exact time (the schedule may have set it).
        next_round_at=survey.next_round_at
        if unchanged
        else (building.round_opening(day) if day else None),
    )


def _check_next_round(form: SurveyForm, survey: PulseSurvey | None) -> None:
    day = form.next_round.data
    if day is None or (survey is not None and day == building.local_day(survey.next_round_at)):
        return
    if day < building.local_day(utcnow()):
        form.next_round.errors.append("The date of the next round must be today or later")


def _survey_form_page(form: SurveyForm, survey: PulseSurvey | None, status: int = 200):
    return render(
        "pulse/admin/survey_form.html",
        status=status,
        title=f"Change {survey.title}" if survey else "New pulse",
        page_has_errors=bool(form.errors),
        form=form,
        survey=survey,
        has_rounds=bool(survey and building.round_count(survey.id)),
        kinds=building.KIND_SHORT,
        opening_hour=building.ROUND_OPENING_HOUR,
    )


@bp.route("/surveys/new", methods=["GET", "POST"])
@role_required(Role.ADMIN)
def new_survey():
    """Build a pulse from the bank: title, cadence, threshold, audience, questions, next round."""
    form = _survey_form(formdata=request.form if request.method == "POST" else None)
    if request.method == "POST":
        valid = form.validate()
        _check_next_round(form, None)
        if valid and not form.errors:
            try:
                survey = building.create_survey(_spec(form, None), current_user)
            except BuildError as problem:
                form.questions.errors.append(str(problem))
            else:
                db.session.commit()
                flash(f"Created the pulse {survey.title}.")
                return _see_other("pulse_admin.survey", survey_id=survey.id)
    return _survey_form_page(form, None, status=422 if form.errors else 200)


def _survey_or_404(survey_id: int) -> PulseSurvey:
    return db.session.get(PulseSurvey, survey_id) or abort(404)


@bp.route("/surveys/<int:survey_id>/edit", methods=["GET", "POST"])
@role_required(Role.ADMIN)
def edit_survey(survey_id: int):
    """Change a pulse. New questions after a round make a new version; old rounds keep theirs."""
    survey = _survey_or_404(survey_id)
    form = _survey_form(survey, formdata=request.form if request.method == "POST" else None)
    if request.method == "POST":
        valid = form.validate()
        _check_next_round(form, survey)
        if valid and not form.errors:
            try:
                change = building.update_survey(survey, _spec(form, survey), current_user)
                db.session.commit()
            except BuildError as problem:
                db.session.rollback()
                form.questions.errors.append(str(problem))
            except IntegrityError:
                db.session.rollback()
                form.questions.errors.append(CHANGED_AT_ONCE)
            else:
                flash(_change_message(change))
                return _see_other("pulse_admin.survey", survey_id=survey.id)
    return _survey_form_page(form, survey, status=422 if form.errors else 200)


def _change_message(change: building.SurveyChange) -> str:
    if not change.changed:
        return "Nothing was changed."
    words = []
    if change.new_version:
        words.append(
            f"The questions are now version {change.new_version}: the next round asks them, "
            "and earlier rounds keep the questions they asked."
        )
    if "threshold" in change.changed:
        words.append(
            "The new anonymity threshold applies from the next round; rounds already opened "
            "keep the threshold they opened with."
        )
    return " ".join(["Pulse saved.", *words])


def _survey_page(survey: PulseSurvey, form: OpenRoundForm | None = None, status: int = 200):
    rates = building.round_rates(survey)
    form = form or OpenRoundForm(formdata=None, data={"rounds_seen": str(len(rates))})
    return render(
        "pulse/admin/survey.html",
        block="rates",
        status=status,
        title=survey.title,
        page_has_errors=bool(form.errors),
        survey=survey,
        version=survey.versions[-1] if survey.versions else None,
        rates=rates,
        audience=building.audience_names(survey),
        audience_size=building.audience_size(survey),
        cadences=building.CADENCES,
        kinds=building.KIND_SHORT,
        form=form,
    )


@bp.get("/surveys/<int:survey_id>")
@role_required(Role.ADMIN)
def survey(survey_id: int):
    """One pulse: its questions, audience, and every round with live response rates."""
    return _survey_page(_survey_or_404(survey_id))


@bp.post("/surveys/<int:survey_id>/rounds")
@role_required(Role.ADMIN)
def open_round_now(survey_id: int):
    """Open a round now, e-mailing the links or showing them once to print."""
    from portal.pulse import rounds  # written alongside this module; loaded when first used

    survey = _survey_or_404(survey_id)
    form = OpenRoundForm()
    if not form.validate():
        return _survey_page(survey, form, status=422)
    if form.rounds_seen_number() != building.round_count(survey.id):
        # A refresh or a second click re-sends the form: opening again would invite everyone
        # twice (and a printed list cannot be shown again anyway).
        flash(
            "A round of this pulse was opened a moment ago, so no other round was opened. "
            "If it was opened for printing, its links cannot be shown again."
        )
        return _see_other("pulse_admin.survey", survey_id=survey.id)
    if building.audience_size(survey) == 0:
        flash("Nobody on the roster is in this pulse's audience yet, so no round was opened.")
        return _see_other("pulse_admin.survey", survey_id=survey.id)
    email = form.send.data == "email"
    try:
        opened = rounds.open_round(survey, email=email)
    except rounds.NobodyToAsk:
        db.session.rollback()
        flash("This pulse has nobody to ask or no questions yet, so no round was opened.")
        return _see_other("pulse_admin.survey", survey_id=survey.id)
    audit.record(
        "pulse-survey.round-opened-by-hand",
        "pulse_round",
        opened.round_id,
        actor=current_user,
        survey_id=survey.id,
        emailed=email,
        invited=opened.invited,
    )
    db.session.commit()
    survey = _survey_or_404(survey_id)
    next_round = (
        f" The next round is due at {local_time(survey.next_round_at)}."
        if survey.next_round_at
        else ""
    )
    if email:
        flash(
            f"Round opened: {opened.invited} {'person was' if opened.invited == 1 else 'people were'} "
            f"sent their personal link by e-mail.{next_round}"
        )
        return _see_other("pulse_admin.survey", survey_id=survey.id)
    by_email = building.members_by_email(address for address, _ in opened.links or [])
    slips = sorted(
        (
            (
                by_email[address.lower()].team.name if address.lower() in by_email else "",
                address,
                link,
            )
            for address, link in opened.links or []
        ),
        key=lambda slip: (slip[0].casefold(), slip[1]),
    )
    return render(
        "pulse/admin/links.html",
        title=f"Links for {survey.title}",
        survey=survey,
        opened=opened,
        slips=slips,
        next_round=next_round,
    )
