"""A county's answers on their way in: the input record's model, validation against the questionnaire and
normalisation (each answer to its question's type, skip logic applied). To change how an answer is read or
what makes a record invalid, open this folder.
"""
