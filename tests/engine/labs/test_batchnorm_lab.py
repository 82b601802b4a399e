"""The batch-norm lab: note 001's four steps by hand against torch.nn.BatchNorm1d."""
import numpy as np
import pytest

from engine.labs import LabInputError
from engine.labs.batchnorm import DEFAULT_BATCH, batch_norm_steps, parse_batch


def test_the_four_steps_with_hand_numbers():
    s = batch_norm_steps(DEFAULT_BATCH, gamma=[2, 1], beta=[0.5, 0])
    # feature 1: x = 1, 2, 4, 9 -> mean 4, deviations -3, -2, 0, 5 -> variance 38/4
    np.testing.assert_allclose(s.mean, [4, 30])
    np.testing.assert_allclose(s.var, [9.5, 250])
    assert s.x_hat[0, 0] == pytest.approx(-3 / np.sqrt(9.5 + 1e-5))
    assert s.y[0, 0] == pytest.approx(2 * -3 / np.sqrt(9.5 + 1e-5) + 0.5)
    np.testing.assert_allclose(s.x_hat.mean(axis=0), 0, atol=1e-12)


def test_training_mode_is_batchnorm1d():
    s = batch_norm_steps([[0.5, -3], [2, 1], [7, 2.5]], gamma=[1.5, -1], beta=3, eps=1e-3)
    assert s.train_gap < 1e-12
    np.testing.assert_allclose(s.y, s.torch_y, atol=1e-12)


def test_running_statistics_use_the_unbiased_variance_and_feed_evaluation():
    s = batch_norm_steps(DEFAULT_BATCH, momentum=0.1, passes=1)
    np.testing.assert_allclose(s.running_mean, [0.4, 3.0])
    np.testing.assert_allclose(s.running_var, [0.9 + 0.1 * 38 / 3, 0.9 + 0.1 * 1000 / 3])
    np.testing.assert_allclose(s.running_var, s.torch_running_var, rtol=1e-12)
    assert s.eval_gap < 1e-12
    many = batch_norm_steps(DEFAULT_BATCH, momentum=0.5, passes=40)
    np.testing.assert_allclose(many.running_mean, many.mean, rtol=1e-9)
    np.testing.assert_allclose(many.running_var, many.var_unbiased, rtol=1e-9)
    assert many.running_gap < 1e-9
    # evaluation normalises with m/(m-1) σ², so it is not the training output
    assert np.max(np.abs(many.eval_y - many.y)) > 0.05


def test_parse_batch_reads_rows_and_features():
    np.testing.assert_array_equal(parse_batch("1, 10; 2 20\n3,30"), [[1, 10], [2, 20], [3, 30]])
    np.testing.assert_array_equal(parse_batch("1;2;3"), [[1], [2], [3]])


@pytest.mark.parametrize("text, code", [("1, x; 2, 3", "not_a_number"), ("5", "batch_too_small"),
                                        ("1, 2; 3", "ragged_batch"), ("1;inf", "not_a_number")])
def test_bad_batches_are_one_typed_error(text, code):
    with pytest.raises(LabInputError) as err:
        parse_batch(text)
    assert err.value.code == code


def test_bad_parameters():
    with pytest.raises(LabInputError):
        batch_norm_steps(DEFAULT_BATCH, gamma=[1, 2, 3])
    with pytest.raises(LabInputError):
        batch_norm_steps(DEFAULT_BATCH, eps=0)


def test_written_steps_carry_the_numbers():
    from engine.labs.batchnorm import explain_evaluation, explain_training
    s = batch_norm_steps(DEFAULT_BATCH, gamma=2, beta=0.5, passes=2)
    train = explain_training(s, 0)
    assert train[0].endswith("(1 + 2 + 4 + 9) / 4 = 4") and train[1].endswith("/ 4 = 9.5")
    assert train[-1].endswith(f"= {s.y[3, 0]:.4g}")
    evaluation = explain_evaluation(s, 0)
    assert evaluation[1].endswith(f"= {s.running_mean[0]:.4g}")      # 0.19 × 4 = 0.76
    assert s.running_mean[0] == pytest.approx((1 - 0.9 ** 2) * 4)
    assert evaluation[-1].endswith(f"= {s.eval_y[3, 0]:.4g}")
