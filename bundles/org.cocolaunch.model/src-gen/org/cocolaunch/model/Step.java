/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One launch step, typically one KVM/firmware ioctl, with vendor-specific parameters, the pages it touches and the expected outcome.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.Step#getName <em>Name</em>}</li>
 *   <li>{@link org.cocolaunch.model.Step#getCommand <em>Command</em>}</li>
 *   <li>{@link org.cocolaunch.model.Step#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.cocolaunch.model.Step#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cocolaunch.model.Step#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.cocolaunch.model.Step#getPages <em>Pages</em>}</li>
 *   <li>{@link org.cocolaunch.model.Step#getExpectedOutcome <em>Expected Outcome</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getStep()
 * @model
 * @generated
 */
public interface Step extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cocolaunch.model.ModelPackage#getStep_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.Step#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Command</em>' attribute.
	 * @see #setCommand(String)
	 * @see org.cocolaunch.model.ModelPackage#getStep_Command()
	 * @model
	 * @generated
	 */
	String getCommand();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.Step#getCommand <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Command</em>' attribute.
	 * @see #getCommand()
	 * @generated
	 */
	void setCommand(String value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.model.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.cocolaunch.model.Phase
	 * @see #setPhase(Phase)
	 * @see org.cocolaunch.model.ModelPackage#getStep_Phase()
	 * @model
	 * @generated
	 */
	Phase getPhase();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.Step#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.cocolaunch.model.Phase
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(Phase value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cocolaunch.model.ModelPackage#getStep_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.Step#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference.
	 * @see #setParameters(EObject)
	 * @see org.cocolaunch.model.ModelPackage#getStep_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EObject getParameters();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.Step#getParameters <em>Parameters</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameters</em>' containment reference.
	 * @see #getParameters()
	 * @generated
	 */
	void setParameters(EObject value);

	/**
	 * Returns the value of the '<em><b>Pages</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.PageRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pages</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getStep_Pages()
	 * @model containment="true"
	 * @generated
	 */
	EList<PageRange> getPages();

	/**
	 * Returns the value of the '<em><b>Expected Outcome</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Outcome</em>' containment reference.
	 * @see #setExpectedOutcome(ExpectedOutcome)
	 * @see org.cocolaunch.model.ModelPackage#getStep_ExpectedOutcome()
	 * @model containment="true"
	 * @generated
	 */
	ExpectedOutcome getExpectedOutcome();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.Step#getExpectedOutcome <em>Expected Outcome</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Outcome</em>' containment reference.
	 * @see #getExpectedOutcome()
	 * @generated
	 */
	void setExpectedOutcome(ExpectedOutcome value);

} // Step
