def test_start_page_asks_who_is_giving_feedback(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Who is giving feedback?" in response.get_data(as_text=True)
